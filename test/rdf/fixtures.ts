// A hand-built MinutesRecord of the seed page (shared/corpus/dev/seed-tianning-56), as the extractor should produce it.

import type { MinutesRecord } from '../../src/record/types.js';

/** Quote and offsets into the decoded seed page (offsets measured on seed-tianning-56.txt). */
const ev = (quote: string, start: number, end: number) => ({ quote, start, end });

/** The spam term injected into the seed page. */
export const SEED_SPAM = '澳门现金赌场';

/** A fresh copy of the seed record: chair 许小波 区长, 4 items, 3 awards, tampered with 澳门现金赌场. */
export function seedRecord(): MinutesRecord {
  return {
    source: {
      fileName: 'seed-tianning-56.txt', url: null,
      sha256: 'AB'.repeat(32), byteLength: 5123, charset: 'utf-8', isHtml: false, isTraditional: false,
    },
    jurisdiction: { name: '常州市天宁区', code: '320402', shortName: '天宁区', prefecture: '常州市' },
    meeting: {
      title: '区政府第56次常务会议', kind: 'executive', sessionNumber: 56, term: null, date: '2021-01-23',
      partOfDay: 'morning', location: '天宁科技促进中心2306会议室',
      chair: { name: '许小波', post: '区长' }, recorder: '丁海兵',
      attendees: ['许小波', '郑亚', '周登蓉', '管黎芳', '方力', '陈忠', '周彤', '杨琪'],
      nonVotingAttendees: ['郁国兴', '冯徐波', '李汉田', '周栋', '杨波', '侍育忠', '栾晓军', '罗志勇', '张科', '王静玉',
        '王健', '吴卓丹', '余苏阳', '徐婴', '李小利', '周律', '黄轶轩'],
      evidence: {
        opening: ev('2021年1月23日上午，区长许小波在天宁科技促进中心2306会议室，主持召开区政府第56次常务会议。', 254, 305),
        attendees: ev('出 席：许小波 郑亚 周登蓉 管黎芳 方力 陈忠 周彤 杨琪', 1636, 1682),
        nonVotingAttendees: ev('列 席：郁国兴 冯徐波 李汉田 周栋 杨波 侍育忠 栾晓军 罗志勇 张科 王静玉 王健 吴卓丹 余苏阳 徐婴 李小利 周律 黄轶轩', 1684, 1764),
        recorder: ev('记 录：丁海兵', 1775, 1782),
      },
    },
    minutes: {
      title: '区政府第56次常务会议纪要', indexNumber: '01411499X/2021-00010',
      created: '2021-02-03', issued: '2021-02-04', publisher: '政府办',
    },
    agendaItems: [
      {
        position: 1, action: 'heard', title: '会议听取了质量工作专项督察情况汇报',
        documents: ['关于对全区质量工作专项督察情况的报告'],
        resolutions: [{
          type: 'approved-in-principle', proposedBy: '区市场监管局',
          documents: ['关于对全区质量工作专项督察情况的报告'], nextStep: '提交区委常委会审议',
          evidence: ev('会议原则同意区市场监管局所作的《关于对全区质量工作专项督察情况的报告》，作进一步修改完善后，提交区委常委会审议。', 602, 662),
        }],
        evidence: ev('一、会议听取了质量工作专项督察情况汇报', 312, 331),
      },
      {
        position: 2, action: 'deliberated',
        title: '会议审议了2020年度区长质量奖、区长标准化奖、质量管理先进班组相关奖项的评定情况',
        documents: [],
        resolutions: [{ type: 'decided', proposedBy: null, documents: [], nextStep: null, evidence: ev('会议决定', 762, 766) }],
        evidence: ev('二、会议审议了2020年度区长质量奖、区长标准化奖、质量管理先进班组相关奖项的评定情况', 664, 712),
      },
      {
        position: 3, action: 'deliberated', title: '会议审议了《天宁区关于鼓励企业省外员工留常过年的若干措施》',
        documents: ['天宁区关于鼓励企业省外员工留常过年的若干措施'],
        resolutions: [{
          type: 'approved-in-principle', proposedBy: '区工信局',
          documents: ['天宁区关于鼓励企业省外员工留常过年的若干措施'], nextStep: '以区政府名义印发',
          evidence: ev('会议原则同意区工信局提出的《天宁区关于鼓励企业省外员工留常过年的若干措施》，作进一步修改完善后，以区政府名义印发。', 1311, 1372),
        }],
      },
      {
        position: 4, action: 'heard', title: '会议听取了《关于法治政府建设工作报告》',
        documents: ['关于法治政府建设工作报告'],
        resolutions: [{
          type: 'approved-in-principle', proposedBy: '区司法局', documents: ['关于法治政府建设工作报告'], nextStep: null,
          evidence: ev('会议原则同意区司法局作的《关于法治政府建设工作报告》。', 1603, 1634),
        }],
      },
    ],
    awards: [
      {
        name: '区长质量奖', year: 2020, statedCount: 2, recipientKind: 'organization', item: 2,
        recipients: ['江苏康进医疗器材有限公司', '常州曼淇威压力控制技术有限公司'],
        evidence: ev('授予江苏康进医疗器材有限公司、常州曼淇威压力控制技术有限公司2家企业天宁区“区长质量奖”', 767, 811),
      },
      {
        name: '区长标准化奖', year: 2020, statedCount: 3, recipientKind: 'organization', item: 2,
        recipients: ['常州亚玛顿股份有限公司', '常州进出口工业及消费品安全检测中心', '江苏武进不锈股份有限公司'],
      },
      {
        name: '质量管理先进班组', year: 2020, statedCount: 3, recipientKind: 'organization', item: 2,
        recipients: ['常州四药制药有限公司环保班组', '黑牡丹纺织有限公司后织乙班二工区', '常州昊天新材料科技有限公司技术中心'],
      },
    ],
    organizations: [
      { name: '区市场监管局', fullName: '常州市天宁区市场监督管理局', kind: 'government-body' },
      { name: '江苏康进医疗器材有限公司', fullName: null, kind: 'company' },
      { name: '常州曼淇威压力控制技术有限公司', fullName: null, kind: 'company' },
      { name: '常州亚玛顿股份有限公司', fullName: null, kind: 'company' },
      { name: '常州进出口工业及消费品安全检测中心', fullName: null, kind: 'other' },
      { name: '江苏武进不锈股份有限公司', fullName: null, kind: 'company' },
      { name: '常州四药制药有限公司环保班组', fullName: null, kind: 'company-unit', parent: '常州四药制药有限公司' },
      { name: '黑牡丹纺织有限公司后织乙班二工区', fullName: null, kind: 'company-unit', parent: '黑牡丹纺织有限公司' },
      { name: '常州昊天新材料科技有限公司技术中心', fullName: null, kind: 'company-unit', parent: '常州昊天新材料科技有限公司' },
      { name: '区工信局', fullName: '常州市天宁区工业和信息化局', kind: 'government-body' },
      { name: '区司法局', fullName: null, kind: 'government-body' },
    ],
    integrity: {
      tampered: true, spamTerms: [SEED_SPAM],
      repairs: [{ from: SEED_SPAM, to: '关于', evidence: ev('关于', 634, 640) }],
    },
    warnings: [
      { code: 'spam-removed', message: `replaced ${SEED_SPAM} with 关于 in 3 titles`, evidence: ev('关于', 634, 640) },
      { code: 'unexpanded-abbreviation', message: 'no full name for 区司法局' },
    ],
  };
}
