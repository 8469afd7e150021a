// The home page: what the dataset holds (counts, meetings per place and year, tampered sources, warnings), what it does not (gaps), and the ways in.
import { meetingsPerYearChart } from './charts.js';
import { html, raw, type SafeHtml } from './html.js';
import { page } from './layout.js';

/** Meetings of one jurisdiction in one year. */
export interface JurisdictionYear {
  /** GB/T 2260 code (320402). */
  code: string;
  /** Division name as published (常州市天宁区); scraped text. */
  name: string;
  year: number;
  count: number;
}

/** Years without meetings for one jurisdiction, within the dataset's year range. */
export interface YearGap {
  code: string;
  name: string;
  years: number[];
}

/** Source pages the build read (reports/summary.json). */
export interface PageCounts {
  pages: number;
  converted: number;
  failed: number;
}

/** Coverage figures of the landing page. */
export interface Coverage {
  meetingsPerYear: readonly JurisdictionYear[];
  gaps: readonly YearGap[];
  /** Meetings without a jurisdiction code or a date (not in the chart). */
  unplacedMeetings: number;
  /** Minutes documents, and those whose source page carried injected spam. */
  minutes: { total: number; tampered: number };
  /** Extraction warnings by code, most frequent first. */
  warnings: readonly { code: string; count: number }[];
  pages?: PageCounts;
}

/** What the landing page shows. */
export interface LandingInput {
  title: string;
  description?: string;
  triples?: number;
  /** Class label → number of resources. */
  counts: readonly { label: string; count: number }[];
  examples: readonly { href: string; label: string }[];
  publicBase: string;
  /** Coverage section; omitted when absent. */
  coverage?: Coverage;
}

/**
 * For each jurisdiction, the years between the dataset's first and last meeting year (over all
 * jurisdictions) in which it has no meeting: gaps in the collected pages, not evidence that no meeting was held.
 */
export function yearGaps(rows: readonly JurisdictionYear[]): YearGap[] {
  const dated = rows.filter((r) => r.count > 0 && Number.isInteger(r.year));
  if (dated.length === 0) return [];
  const first = Math.min(...dated.map((r) => r.year)), last = Math.max(...dated.map((r) => r.year));
  const byCode = new Map<string, { name: string; years: Set<number> }>();
  for (const r of dated) {
    const entry = byCode.get(r.code) ?? { name: r.name, years: new Set<number>() };
    entry.years.add(r.year);
    byCode.set(r.code, entry);
  }
  return [...byCode.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([code, { name, years }]) => ({
    code, name, years: Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((y) => !years.has(y)),
  })).filter((g) => g.years.length > 0);
}

const percent = (part: number, whole: number) => (whole === 0 ? '0' : ((100 * part) / whole).toFixed(1));

function chartSection(c: Coverage): SafeHtml {
  const svg = meetingsPerYearChart(c.meetingsPerYear.map((r) => ({ series: r.code, label: `${r.name} (${r.code})`, year: r.year, count: r.count })),
    { title: '按行政区划和年份的会议 Meetings per jurisdiction and year' });
  return html`<h2>按行政区划和年份的会议 Meetings per jurisdiction and year</h2>
${svg ? html`<figure>${raw(svg)}</figure>` : html`<p>没有带日期和区划的会议 No meeting has both a date and a jurisdiction.</p>`}
${c.meetingsPerYear.length > 0 ? html`<table class="per-year"><tr><th>行政区划 Jurisdiction</th><th>年份 Year</th><th>会议 Meetings</th></tr>${c.meetingsPerYear.map((r) =>
    html`<tr><td>${r.name} (${r.code})</td><td>${r.year}</td><td>${r.count}</td></tr>`)}</table>` : ''}
${c.unplacedMeetings > 0 ? html`<p>另有 ${c.unplacedMeetings} 次会议缺少日期或区划，未计入上图。${c.unplacedMeetings} more meetings lack a date or a jurisdiction and are not in the chart.</p>` : ''}`;
}

function qualitySection(c: Coverage): SafeHtml {
  const { total, tampered } = c.minutes;
  return html`<h2>来源质量 Source quality</h2>
<p class="tampered">被篡改的来源网页 Tampered source pages: <strong>${tampered}</strong> / ${total} (${percent(tampered, total)}%)。这些网页被注入了垃圾内容，已从数据中剔除。Spam injected into these pages was removed from the data.</p>
<h3>抽取警告 Extraction warnings</h3>
${c.warnings.length > 0 ? html`<table class="warnings"><tr><th>代码 Code</th><th>次数 Count</th></tr>${c.warnings.map((w) => html`<tr><td><code>${w.code}</code></td><td>${w.count}</td></tr>`)}</table>`
    : html`<p>没有抽取警告 No extraction warnings.</p>`}`;
}

function gapSection(c: Coverage): SafeHtml {
  const years = c.meetingsPerYear.map((r) => r.year);
  const range = years.length > 0 ? `${Math.min(...years)}–${Math.max(...years)}` : '';
  return html`<h2 id="gaps">数据集不包含的内容 What the dataset does not hold</h2>
<p class="gap-note"><strong>缺口不是事实 Gaps, not facts:</strong> 下列年份没有收集到该区划的会议纪要网页，这不表示当年没有开会。No minutes pages were collected for these jurisdictions and years; that does not mean no meetings were held.</p>
${c.gaps.length > 0 ? html`<ul class="gaps">${c.gaps.map((g) => html`<li>${g.name} (${g.code})：无会议纪要 no minutes in ${g.years.join(', ')}</li>`)}</ul>`
    : range ? html`<p>在 ${range} 范围内，每个区划每年都有会议纪要。Every jurisdiction has minutes in every year of ${range}.</p>` : ''}
${c.pages && c.pages.failed > 0 ? html`<p>${c.pages.failed} 个来源文件无法转换，未包含在数据中。${c.pages.failed} source files could not be converted and are not in the data.</p>` : ''}`;
}

function holdingsSection(input: LandingInput): SafeHtml {
  const pages = input.coverage?.pages;
  return html`<h2>数据集包含的内容 What the dataset holds</h2>
<table class="counts">
${input.triples !== undefined ? html`<tr><th>三元组 Triples</th><td>${input.triples}</td></tr>` : ''}
${pages ? html`<tr><th>来源网页 Source pages</th><td>${pages.converted} / ${pages.pages}</td></tr>` : ''}
${input.counts.map((c) => html`<tr><th>${c.label}</th><td>${c.count}</td></tr>`)}
</table>`;
}

/** Renders the landing page. */
export function renderLandingPage(input: LandingInput): string {
  const base = input.publicBase;
  const c = input.coverage;
  const body = html`<h1>${input.title}</h1>
${input.description ? html`<p>${input.description}</p>` : ''}
${holdingsSection(input)}
${c ? html`${chartSection(c)}${qualitySection(c)}${gapSection(c)}` : ''}
<h2>使用数据 Use the data</h2>
<ul>
<li><a href="${base}sparql">SPARQL 查询 endpoint</a></li>
<li><a href="${base}downloads/">下载 Downloads</a> (N-Quads, N-Triples, Turtle, JSON-LD; CSV 研究数据表 research tables with a CSVW data dictionary)</li>
<li><a href="${base}ontology">本体 Ontology</a></li>
<li><a href="${base}.well-known/void">VoID 数据集描述 dataset description</a></li>
<li><a href="${base}search">搜索 Search</a></li>
</ul>
${input.examples.length > 0 ? html`<h2>示例 Examples</h2><ul>${input.examples.map((e) => html`<li><a href="${e.href}">${e.label}</a></li>`)}</ul>` : ''}`;
  return page({ title: input.title, publicBase: base, body });
}
