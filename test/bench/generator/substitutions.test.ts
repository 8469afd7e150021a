import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../bench/generator/random.js';
import { relocate, renumberSessions, replacePeople, shiftDates } from '../../../bench/generator/substitutions.js';
import { findItemMarkers, reshapeItems } from '../../../bench/generator/items.js';
import { chineseNumeral, parseChineseNumeral } from '../../../bench/generator/pools.js';

describe('substitutions', () => {
  it('shifts Chinese and ISO dates by the same number of days, leaving index numbers alone', () => {
    const text = '2022年4月12日下午 产生日期：2022-04-18 索引号：014109162/2022-00031';
    expect(shiftDates(text, 20)).toBe('2022年5月2日下午 产生日期：2022-05-08 索引号：014109162/2022-00031');
  });

  it('renumbers sessions keeping neighbours at their distance, in Arabic and Chinese numerals', () => {
    expect(renumberSessions('区政府第61次常务会议；相关：第60次、第62次', 61, 5)).toBe('区政府第5次常务会议；相关：第4次、第6次');
    expect(renumberSessions('十届三十二次区政府常务会议', 32, 47)).toBe('十届四十七次区政府常务会议');
  });

  it('renames a padded name consistently and keeps its padding', () => {
    const out = replacePeople('区长王斌主持。出　席：王　斌　李晓燕', ['王斌', '李晓燕'], createRandom(3));
    const [, chair] = /区长(.{2})主持/.exec(out) ?? [];
    expect(chair).not.toBe('王斌');
    expect(out).toContain(`出　席：${chair[0]}　${chair[1]}　`);
    expect(out).not.toContain('李晓燕');
  });

  it('moves a page to another division: names and the 网站标识码 prefix', () => {
    const from = { code: '320411', name: '新北区', cityName: '常州市' };
    const to = { code: '110108', name: '海淀区', cityName: '北京市' };
    expect(relocate('常州市新北区人民政府 新北区关于 网站标识码：3204110001', from, to)).toBe('北京市海淀区人民政府 海淀区关于 网站标识码：1101080001');
  });
});

describe('items', () => {
  const page = '纪要如下：\n一、会议审议了甲\n要求：(一)快\n二、会议听取了乙\n三、会议研究了丙\n出席：张三';

  it('finds the top-level run of item markers, not sub-numbering', () => {
    expect(findItemMarkers(page).map((m) => page.slice(m.at, m.at + m.length))).toEqual(['一、', '二、', '三、']);
  });

  it('reshapes to a given count, renumbered in the chosen style, the last item kept last', () => {
    const out = reshapeItems(page, 5, 'arabic-dot', createRandom(1));
    const lines = out.split('\n').filter((l) => /^\d\./.test(l));
    expect(lines.map((l) => l.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(lines[0]).toBe('1.会议审议了甲');
    expect(lines[4]).toBe('5.会议研究了丙');
    expect(reshapeItems(page, 1, 'chinese-comma', createRandom(1))).toBe('纪要如下：\n一、会议研究了丙\n出席：张三');
  });

  it('writes and reads Chinese numerals up to 99', () => {
    for (const n of [1, 9, 10, 11, 20, 32, 99]) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
    expect(chineseNumeral(32)).toBe('三十二');
  });
});
