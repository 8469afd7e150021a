import { describe, expect, it } from 'vitest';
import { segmentItems } from '../../src/extract/items.js';
import { MappedText } from '../../src/extract/mapped-text.js';
import { documentTitles, extractResolutions } from '../../src/extract/resolutions.js';

function resolutionsOf(...ls: string[]) {
  const [item] = segmentItems(ls.map((l) => MappedText.fromSource(l)));
  return extractResolutions(item, documentTitles(item.text.text)).map(({ sentence: _s, evidence: _e, ...r }) => r);
}

describe('extractResolutions', () => {
  it('reads approval in principle with proposer, documents and next step', () => {
    expect(resolutionsOf('一、会议审议了《某区关于支持产业发展的若干政策》', '会议原则同意区科技局提出的《某区关于支持产业发展的若干政策》,作进一步修改完善后,提交区委常委会审议。')).toEqual([
      { type: 'approved-in-principle', proposedBy: '区科技局', documents: ['某区关于支持产业发展的若干政策'], nextStep: '提交区委常委会审议' },
    ]);
  });

  it('drops 修改完善后 glued to the next step and content clauses before it', () => {
    expect(resolutionsOf('一、会议审议了《办法》', '会议原则通过区农业农村局提出的《办法》,作进一步修改完善后按程序报批。')[0].nextStep).toBe('按程序报批');
    expect(resolutionsOf('1.会议听取了区科技局关于补助的汇报。会议同意区科技局提出的补助方案,从专项资金中安排1250万元,对符合条件的18家企业给予补助,由区财政局按规定拨付。')[0]).toEqual({
      type: 'approved', proposedBy: '区科技局', documents: [], nextStep: '由区财政局按规定拨付',
    });
  });

  it('resolves a back-reference to the item document and takes the presenter as proposer', () => {
    expect(resolutionsOf('二、审议《课后服务管理办法(送审稿)》', '会议听取了区教育局局长冯志华同志关于《课后服务管理办法(送审稿)》的情况汇报。会议原则同意该办法,按会议意见修改完善后,以区政府办公室名义印发。')).toEqual([
      { type: 'approved-in-principle', proposedBy: '区教育局', documents: ['课后服务管理办法(送审稿)'], nextStep: '以区政府办公室名义印发' },
    ]);
  });

  it('resolves an object named by the document type (提出的实施意见) to the item document', () => {
    expect(resolutionsOf('一、会议审议了《某区关于促进养老服务发展的实施意见》', '会议原则同意区民政局提出的实施意见,以区政府办公室名义印发。')[0].documents).toEqual(['某区关于促进养老服务发展的实施意见']);
    expect(resolutionsOf('一、会议审议了《某办法》', '会议同意区财政局提出的资金方案。')[0].documents).toEqual([]);
  });

  it('makes 同意…决定授予 one decided resolution and gives decisions no next step', () => {
    expect(resolutionsOf('一、会议审议了表彰事项', '会议同意市委政法委提出的表彰建议,决定授予顾明辉5名个人“见义勇为先进个人”称号。')).toEqual([
      { type: 'decided', proposedBy: '市委政法委', documents: [], nextStep: null },
    ]);
    expect(resolutionsOf('1.会议研究了建设推进工作。会议决定成立工作专班,由区发改委牵头。')[0]).toMatchObject({ type: 'decided', nextStep: null, proposedBy: null });
  });

  it('gives an item with only requirements one requested resolution, and an item with neither none', () => {
    expect(resolutionsOf('一、会议听取了安全生产形势分析的汇报', '会议强调:一是压紧压实责任,通过政策引导推进工作。')).toEqual([
      { type: 'requested', proposedBy: null, documents: [], nextStep: null },
    ]);
    expect(resolutionsOf('一、会议通报了近期工作情况')).toEqual([]);
  });

  it('does not take a destination meeting for the item verb or a cited rule for an object', () => {
    expect(documentTitles('会议同意按照《预算法》执行《某方案》')).toEqual(['某方案']);
  });
});
