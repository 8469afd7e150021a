// The coverage pieces of the landing page as pure functions: the SVG chart, the year gaps, and escaping in the view.
import { describe, expect, it } from 'vitest';
import { meetingsPerYearChart, type YearCount } from '../../src/http/views/charts.js';
import { renderLandingPage, yearGaps, type Coverage } from '../../src/http/views/landing-view.js';

const ROWS: YearCount[] = [
  { series: '320402', label: '常州市天宁区 (320402)', year: 2021, count: 2 },
  { series: '320402', label: '常州市天宁区 (320402)', year: 2023, count: 1 },
  { series: '320281', label: '<script>alert(1)</script>', year: 2021, count: 5 },
];

describe('meetingsPerYearChart', () => {
  it('draws one bar per (jurisdiction, year) with its count in the bar title', () => {
    const svg = meetingsPerYearChart(ROWS);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(ROWS.length);
    expect(svg).toContain('<title>常州市天宁区 (320402) 2023: 1</title>');
    expect(svg).toContain('>2021</text>');
    expect(svg).toContain('>2023</text>');
  });

  it('escapes scraped labels in titles and the legend', () => {
    const svg = meetingsPerYearChart(ROWS, { title: 'a "quoted" & <b>title</b>' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('aria-label="a &quot;quoted&quot; &amp; &lt;b&gt;title&lt;/b&gt;"');
  });

  it('gives bar heights proportional to the counts', () => {
    const heights = [...meetingsPerYearChart(ROWS).matchAll(/<rect class="bar"[^>]* height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights[0] / heights[2]).toBeCloseTo(2 / 5);
    expect(heights[1] / heights[2]).toBeCloseTo(1 / 5);
  });

  it('draws nothing for no rows or zero counts', () => {
    expect(meetingsPerYearChart([])).toBe('');
    expect(meetingsPerYearChart([{ ...ROWS[0], count: 0 }])).toBe('');
  });
});

describe('yearGaps', () => {
  it('lists, per jurisdiction, the years of the dataset range with no meetings', () => {
    const gaps = yearGaps([
      { code: '320402', name: '常州市天宁区', year: 2021, count: 2 },
      { code: '320402', name: '常州市天宁区', year: 2023, count: 1 },
      { code: '320281', name: '江阴市', year: 2022, count: 1 },
      { code: '320404', name: '常州市钟楼区', year: 2021, count: 1 },
      { code: '320404', name: '常州市钟楼区', year: 2022, count: 1 },
      { code: '320404', name: '常州市钟楼区', year: 2023, count: 1 },
    ]);
    expect(gaps).toEqual([
      { code: '320281', name: '江阴市', years: [2021, 2023] },
      { code: '320402', name: '常州市天宁区', years: [2022] },
    ]);
  });

  it('has no gaps without dated meetings', () => {
    expect(yearGaps([])).toEqual([]);
  });
});

describe('renderLandingPage coverage', () => {
  const coverage: Coverage = {
    meetingsPerYear: [{ code: '320402', name: '<img src=x onerror=alert(1)>', year: 2021, count: 1 }, { code: '320281', name: '江阴市', year: 2022, count: 1 }],
    gaps: [{ code: '320402', name: '<img src=x onerror=alert(1)>', years: [2022] }, { code: '320281', name: '江阴市', years: [2021] }],
    unplacedMeetings: 1,
    minutes: { total: 4, tampered: 1 },
    warnings: [{ code: '<b>count-mismatch</b>', count: 3 }],
    pages: { pages: 5, converted: 4, failed: 1 },
  };
  const page = renderLandingPage({ title: 'T', counts: [{ label: '会议', count: 3 }], examples: [], publicBase: 'http://x/', coverage });

  it('escapes every scraped string', () => {
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>count');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows the tampered share, the warnings, the gap lines and the failed pages', () => {
    expect(page).toContain('<strong>1</strong> / 4 (25.0%)');
    expect(page).toContain('<td><code>&lt;b&gt;count-mismatch&lt;/b&gt;</code></td><td>3</td>');
    expect(page).toContain('江阴市 (320281)：无会议纪要 no minutes in 2021</li>');
    expect(page).toContain('Gaps, not facts');
    expect(page).toContain('1 source files could not be converted');
    expect(page).toContain('1 more meetings lack a date or a jurisdiction');
    expect(page.match(/<rect class="bar"/g)).toHaveLength(2);
  });
});

describe('meetingsPerYearChart axis', () => {
  it('labels every year of the span, so a year without meetings shows as an empty slot', () => {
    const svg = meetingsPerYearChart(ROWS);
    expect([...svg.matchAll(/>(\d{4})<\/text>/g)].map((m) => m[1])).toEqual(['2021', '2022', '2023']);
  });
});
