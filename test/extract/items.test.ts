import { describe, expect, it } from 'vitest';
import { itemAction, segmentItems } from '../../src/extract/items.js';
import { MappedText } from '../../src/extract/mapped-text.js';

const lines = (...ls: string[]) => ls.map((l) => MappedText.fromSource(l));
const headings = (...ls: string[]) => segmentItems(lines(...ls)).map((i) => [i.position, i.heading.text, itemAction(i)]);

describe('segmentItems', () => {
  it('reads 一、 items and ends at the attendance block', () => {
    expect(headings('一、会议听取了安全生产情况汇报', '会议要求:(1)压实责任。', '二、会议审议了《某办法》', '出 席:张三', '三、不是议题')).toEqual([
      [1, '会议听取了安全生产情况汇报', 'heard'],
      [2, '会议审议了《某办法》', 'deliberated'],
    ]);
  });

  it('reads （一） items and keeps (1) sub-points inside them', () => {
    expect(headings('（一）审议《政策意见》', '（1）要加快转型。', '（二）听取森林防火工作情况汇报', '（三）研究2024年度县长质量奖评审结果')).toEqual([
      [1, '审议《政策意见》', 'deliberated'],
      [2, '听取森林防火工作情况汇报', 'heard'],
      [3, '研究2024年度县长质量奖评审结果', 'studied'],
    ]);
  });

  it('reads 1. items with the verb inside the paragraph, and 关于 headings without a verb as other', () => {
    expect(headings('1.关于资金平衡。会议同意区财政局提出的方案,按程序提交区政府常务会议审议。', '2.会议研究了太湖生态岛建设推进工作。会议决定成立专班。')).toEqual([
      [1, '关于资金平衡', 'other'],
      [2, '会议研究了太湖生态岛建设推进工作', 'studied'],
    ]);
  });

  it('reads unnumbered news-style paragraphs and skips 会议还研究了其他事项', () => {
    expect(headings('会议听取了关于城市更新的汇报。会议原则同意。', '会议要求,抓好落实。', '会议传达学习了省委全会精神。', '会议还研究了其他事项。')).toEqual([
      [1, '会议听取了关于城市更新的汇报', 'heard'],
      [2, '会议传达学习了省委全会精神', 'other'],
    ]);
  });

  it('treats 听取…并审议 as deliberated and finds nothing in a body without items', () => {
    expect(headings('一、会议听取并审议了预算执行情况的报告')[0][2]).toBe('deliberated');
    expect(segmentItems(lines('……', '此件公开发布'))).toEqual([]);
  });
});
