import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/extract/mapped-text.js';
import { extractOpening, meetingKind, sessionAndTerm } from '../../src/extract/meeting.js';

const opening = (line: string, reference: string | null = null) => extractOpening([MappedText.fromSource(line)], reference);

describe('extractOpening', () => {
  it('reads the seed opening sentence', () => {
    const o = opening('2021年1月23日上午,区长许小波在天宁科技促进中心2306会议室,主持召开区政府第56次常务会议。纪要如下:');
    expect(o).toMatchObject({
      title: '区政府第56次常务会议', kind: 'executive', sessionNumber: 56, term: null, date: '2021-01-23',
      partOfDay: 'morning', location: '天宁科技促进中心2306会议室', chair: { name: '许小波', post: '区长' },
    });
  });

  it('reads the place before the chair', () => {
    const o = opening('2023年3月7日上午,在区行政中心A座815会议室,区长邵明远主持召开区政府第31次常务会议,现纪要如下:');
    expect(o?.location).toBe('区行政中心A座815会议室');
    expect(o?.chair).toEqual({ name: '邵明远', post: '区长' });
  });

  it('keeps the post directly before the name', () => {
    const o = opening('2024年9月6日上午，县委副书记、县长章晓明在县行政中心3号楼301会议室主持召开五届104次县政府常务会议。');
    expect(o).toMatchObject({ chair: { name: '章晓明', post: '县长' }, term: 5, sessionNumber: 104, title: '五届104次县政府常务会议' });
    const d = opening('2023年5月29日上午,副区长华志勇在区政府1号楼402会议室主持召开区政府专题会议,研究有关问题。');
    expect(d).toMatchObject({ chair: { name: '华志勇', post: '副区长' }, kind: 'special', sessionNumber: null });
  });

  it('takes a missing year from the page and reads per-year numbering', () => {
    const o = opening('3月12日下午，区长陈立新主持召开区政府2025年第3次常务会议，研究部署城市更新工作。', '2025-03-13');
    expect(o).toMatchObject({ date: '2025-03-12', partOfDay: 'afternoon', sessionNumber: 3, title: '区政府2025年第3次常务会议' });
  });

  it('finds a chair named after the meeting', () => {
    expect(opening('区政府于2022年3月1日上午召开第8次常务会议，区长林峻主持会议。')?.chair).toEqual({ name: '林峻', post: '区长' });
    expect(opening('2022年3月1日下午召开区政府专题会议，会议由副区长华志勇主持。')?.chair).toEqual({ name: '华志勇', post: '副区长' });
  });

  it('skips the summary line of the metadata block and lines without a meeting', () => {
    const lines = ['内容概述:2021年4月13日下午,区长杨明哲主持召开区政府第61次常务会议。', '2021年4月13日下午,区长杨明哲主持召开区政府第61次常务会议。'];
    expect(extractOpening(lines.map((l) => MappedText.fromSource(l)), null)?.lineIndex).toBe(1);
    expect(opening('页面不存在或已被删除')).toBeNull();
  });
});

describe('meeting kinds and numbers', () => {
  it.each([
    ['区政府第56次常务会议', 'executive'], ['第7次区长办公会议', 'mayor-office'], ['市长办公会议', 'mayor-office'],
    ['区政府专题会议', 'special'], ['全区安全生产工作会议', 'other'],
  ])('%s is %s', (title, kind) => expect(meetingKind(title)).toBe(kind));

  it('reads sessions and terms', () => {
    expect(sessionAndTerm('十届三十二次区政府常务会议')).toEqual({ term: 10, sessionNumber: 32 });
    expect(sessionAndTerm('区政府第五十六次常务会议')).toEqual({ term: null, sessionNumber: 56 });
    expect(sessionAndTerm('2025年第3次常务会议')).toEqual({ term: null, sessionNumber: 3 });
  });
});
