import { describe, expect, it } from 'vitest';
import { generatePages, type GeneratedPage } from '../../bench/corpus-generator.js';
import { convertPage, type ConvertedPage } from '../../src/publish/convert-page.js';
import { loadTemplates } from '../../bench/generator/templates.js';

function take(count: number, seed: number): GeneratedPage[] {
  return [...generatePages({ count, seed })];
}

function convert(page: GeneratedPage): ConvertedPage | null {
  try {
    return convertPage(page.bytes, { fileName: page.name, base: 'https://example.org/', toolVersion: 'test', graphKey: page.name });
  } catch {
    return null;
  }
}

describe('generatePages', () => {
  it('is deterministic for a seed, byte for byte', () => {
    const a = take(12, 42);
    const b = take(12, 42);
    expect(a.map((p) => p.name)).toEqual(b.map((p) => p.name));
    a.forEach((p, i) => expect(Buffer.from(p.bytes).equals(Buffer.from(b[i].bytes))).toBe(true));
  });

  it('gives other pages for another seed', () => {
    const a = take(12, 1).map((p) => Buffer.from(p.bytes).toString('base64'));
    const b = take(12, 2).map((p) => Buffer.from(p.bytes).toString('base64'));
    expect(a.filter((x) => b.includes(x))).toEqual([]);
  });

  it('streams: page i is the same whatever the count, and a huge count costs nothing up front', () => {
    const stream = generatePages({ count: 1_000_000_000, seed: 42 });
    const first = stream.next().value as GeneratedPage;
    expect(first.name).toBe(take(1, 42)[0].name);
    expect(Buffer.from(first.bytes).equals(Buffer.from(take(5, 42)[0].bytes))).toBe(true);
  });

  describe('a 50-page sample through the real converter', () => {
    const pages = take(50, 2024);
    const converted = pages.map(convert);
    const ok = converted.filter((c): c is ConvertedPage => c !== null);
    const templateCodes = new Set(loadTemplates().map((t) => t.divisionCode));

    it('converts at least 95% of pages, each into a dated meeting with triples', () => {
      expect(ok.length).toBeGreaterThanOrEqual(48);
      for (const c of ok) {
        expect(c.record.meeting?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(c.quads.length).toBeGreaterThan(50);
      }
    });

    it('moves pages to other real GB/T 2260 jurisdictions', () => {
      const codes = ok.map((c) => c.record.jurisdiction?.code ?? null);
      expect(codes.every((c) => c !== null && /^\d{6}$/.test(c))).toBe(true);
      expect(new Set(codes).size).toBeGreaterThan(30);
      expect(codes.filter((c) => templateCodes.has(c)).length).toBeLessThan(5);
    });

    it('varies people, dates, sessions and item counts', () => {
      const distinct = (values: unknown[]) => new Set(values.map((v) => JSON.stringify(v))).size;
      expect(distinct(ok.map((c) => c.record.meeting?.chair?.name))).toBeGreaterThan(30);
      expect(distinct(ok.map((c) => c.record.meeting?.date))).toBeGreaterThan(40);
      expect(distinct(ok.map((c) => c.record.meeting?.sessionNumber))).toBeGreaterThan(20);
      expect(distinct(ok.map((c) => c.record.agendaItems.length))).toBeGreaterThan(4);
    });

    it('mixes encodings and injects spam on a share of pages', () => {
      const gbk = ok.filter((c) => c.record.source.charset !== 'utf-8').length;
      const tampered = ok.filter((c) => c.record.integrity.tampered).length;
      expect(gbk).toBeGreaterThan(5);
      expect(gbk).toBeLessThan(ok.length - 5);
      expect(tampered).toBeGreaterThan(5);
      expect(tampered).toBeLessThan(ok.length - 5);
    });
  });
});
