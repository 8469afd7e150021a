import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/extract/mapped-text.js';

describe('MappedText', () => {
  const source = '会议听取了澳门现金赌场2020年度的汇报';

  it('keeps source offsets through a replacement', () => {
    const t = MappedText.fromSource(source).replaceAll(/澳门现金赌场/g, () => '关于');
    expect(t.text).toBe('会议听取了关于2020年度的汇报');
    const i = t.text.indexOf('2020');
    const ev = t.evidence(i, i + 4);
    expect(source.slice(ev.start, ev.end)).toBe('2020');
    const rep = t.evidence(5, 7);
    expect(rep.quote).toBe('关于');
    expect(source.slice(rep.start, rep.end)).toBe('澳门现金赌场');
  });

  it('splits and trims with positions', () => {
    const t = MappedText.fromSource('　甲\n 乙乙 ', 10);
    const [a, b] = t.split(/\n/g).map((x) => x.trim());
    expect(a.text).toBe('甲');
    expect(a.evidence()).toEqual({ quote: '甲', start: 11, end: 12 });
    expect(b.evidence()).toEqual({ quote: '乙乙', start: 14, end: 16 });
  });

  it('gives empty slices a position', () => {
    const t = MappedText.fromSource('abc', 5);
    expect(t.slice(2, 2).evidence()).toEqual({ quote: '', start: 7, end: 7 });
  });

  it('concatenates spans', () => {
    const t = MappedText.concat([MappedText.fromSpan('“', 0, 7), MappedText.fromSource('x', 7)]);
    expect(t.evidence()).toEqual({ quote: '“x', start: 0, end: 8 });
  });
});
