import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/extract/mapped-text.js';
import { extractMinutesDocument } from '../../src/extract/metadata.js';

const lines = (...ls: string[]) => ls.map((l) => MappedText.fromSource(l));

describe('extractMinutesDocument', () => {
  it('reads padded labels, several on one line', () => {
    const doc = extractMinutesDocument(lines('信息名称:区政府第56次常务会议纪要', '索 引 号:01411499X/2021-00010', '文件编号: 发布机构:政府办', '产生日期:2021-02-03 发布日期:2021-02-04 废止日期:有效', '2021年1月23日上午,主持召开会议。'), 4, []);
    expect(doc).toEqual({ title: '区政府第56次常务会议纪要', indexNumber: '01411499X/2021-00010', created: '2021-02-03', issued: '2021-02-04', publisher: '政府办' });
  });

  it('falls back to 来源, the heading and the signed-off office and date', () => {
    const doc = extractMinutesDocument(lines('首页 > 政务公开 > 会议纪要', '关于推进某项目的专题会议纪要', '发布时间:2022-11-14 10:25 来源:香洲区政府办 浏览次数:', '2022年11月8日下午,主持召开会议。', '常州市新北区人民政府办公室', '2022年4月18日印发'), 3, []);
    expect(doc).toEqual({ title: '关于推进某项目的专题会议纪要', indexNumber: null, created: '2022-04-18', issued: '2022-11-14', publisher: '香洲区政府办' });
  });

  it('takes the masthead office and date when there is no label', () => {
    const doc = extractMinutesDocument(lines('无锡市梁溪区人民政府办公室　　2023年6月2日', '2023年5月29日上午,主持召开会议。'), 1, []);
    expect(doc).toMatchObject({ created: '2023-06-02', publisher: '无锡市梁溪区人民政府办公室', issued: null });
  });
});
