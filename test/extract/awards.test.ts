import { describe, expect, it } from 'vitest';
import { extractAwards } from '../../src/extract/awards.js';
import { MappedText } from '../../src/extract/mapped-text.js';

const read = (sentence: string, item = '2020年度评审') => extractAwards(MappedText.fromSource(sentence), 2, item);

describe('extractAwards', () => {
  it('splits several awards, removes the count glued to the last recipient', () => {
    const { awards, warnings } = read('会议决定:授予甲有限公司、乙股份有限公司2家企业天宁区“区长质量奖”;授予丙公司环保班组3个班组天宁区“质量管理先进班组”称号。');
    expect(awards.map(({ evidence: _e, ...a }) => a)).toEqual([
      { name: '区长质量奖', year: 2020, statedCount: 2, recipients: ['甲有限公司', '乙股份有限公司'], recipientKind: 'organization', item: 2 },
      { name: '质量管理先进班组', year: 2020, statedCount: 3, recipients: ['丙公司环保班组'], recipientKind: 'organization', item: 2 },
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['count-mismatch']);
  });

  it('gives N名个人 awards to persons and reads N支队伍', () => {
    const { awards } = read('决定授予邱晓彤、范嘉豪2名个人“优秀青年志愿者”称号,授予古城守护者志愿服务队1支队伍“优秀志愿服务队”称号。', '2019年度表彰');
    expect(awards.map((a) => [a.name, a.recipientKind, a.statedCount, a.recipients, a.year])).toEqual([
      ['优秀青年志愿者', 'person', 2, ['邱晓彤', '范嘉豪'], 2019],
      ['优秀志愿服务队', 'organization', 1, ['古城守护者志愿服务队'], 2019],
    ]);
  });

  it('keeps parentheses inside recipient names and works without a stated count', () => {
    const { awards } = read('授予好利精工(昆山)有限公司“市长质量奖”。', '');
    expect(awards[0]).toMatchObject({ recipients: ['好利精工(昆山)有限公司'], statedCount: null, year: null });
  });

  it('has evidence pointing at the conferral', () => {
    const source = '会议决定,授予甲公司1家企业“某奖”。';
    const [award] = read(source).awards;
    expect(source.slice(award.evidence!.start, award.evidence!.end)).toBe('授予甲公司1家企业“某奖”');
  });
});
