// Inline SVG charts drawn from the data on the server: no script, no external service, every label escaped.
import { escapeHtml } from './html.js';

/** One bar: how many meetings one jurisdiction held in one year. */
export interface YearCount {
  /** Series key, e.g. the division code (320402). */
  series: string;
  /** Legend label of the series, e.g. 常州市天宁区 (320402); scraped text, escaped when drawn. */
  label: string;
  year: number;
  count: number;
}

/** Colour-blind-safe palette (Okabe–Ito), cycled over the series. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** Longest span of years drawn as a continuous axis. */
const MAX_YEAR_SPAN = 60;

const BAR = 14, GAP = 10, LEFT = 36, TOP = 12, PLOT_HEIGHT = 160, AXIS = 22, LEGEND_ROW = 18;

/** A "nice" axis maximum and tick step for `max` (1, 2, 5 × 10^n). */
function axisScale(max: number): { top: number; step: number } {
  const rough = Math.max(1, max) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10);
  return { top: Math.ceil(Math.max(1, max) / step) * step, step };
}

function gridLines(top: number, step: number, width: number): string {
  const lines: string[] = [];
  for (let v = 0; v <= top; v += step) {
    const y = TOP + PLOT_HEIGHT - (v / top) * PLOT_HEIGHT;
    lines.push(`<line x1="${LEFT}" y1="${y}" x2="${width}" y2="${y}" stroke="#ddd"/><text x="${LEFT - 4}" y="${y + 4}" text-anchor="end" font-size="11">${v}</text>`);
  }
  return lines.join('');
}

function legend(series: readonly { key: string; label: string }[], y: number): string {
  return series.map((s, i) => {
    const row = y + i * LEGEND_ROW;
    return `<rect x="${LEFT}" y="${row}" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/><text x="${LEFT + 18}" y="${row + 11}" font-size="12">${escapeHtml(s.label)}</text>`;
  }).join('');
}

/** Every year from the first to the last (so a year without meetings shows as an empty slot); only the years present when that span is implausibly long. */
function axisYears(present: readonly number[]): number[] {
  const first = Math.min(...present), last = Math.max(...present);
  if (last - first > MAX_YEAR_SPAN) return [...new Set(present)].sort((a, b) => a - b);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * A grouped bar chart of meetings per jurisdiction per year: every year of the span along the x axis, one bar per
 * (series, year) with a count above zero, a legend of the series, and a `<title>` on every bar.
 * Returns '' when there is nothing to draw.
 */
export function meetingsPerYearChart(rows: readonly YearCount[], options: { title?: string } = {}): string {
  const bars = rows.filter((r) => r.count > 0 && Number.isInteger(r.year));
  if (bars.length === 0) return '';
  const series = [...new Map(bars.map((r) => [r.series, { key: r.series, label: r.label }])).values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  const slot = new Map(series.map((s, i) => [s.key, i]));
  const years = axisYears(bars.map((r) => r.year));
  const groupWidth = series.length * BAR + GAP;
  const longestLabel = Math.max(...series.map((s) => [...s.label].length));
  const width = Math.max(LEFT + GAP + years.length * groupWidth, LEFT + 18 + longestLabel * 13);
  const { top, step } = axisScale(Math.max(...bars.map((r) => r.count)));
  const height = TOP + PLOT_HEIGHT + AXIS + series.length * LEGEND_ROW + 8;
  const rects = bars.map((r) => {
    const x = LEFT + GAP + years.indexOf(r.year) * groupWidth + slot.get(r.series)! * BAR;
    const h = (r.count / top) * PLOT_HEIGHT;
    const text = escapeHtml(`${r.label} ${r.year}: ${r.count}`);
    return `<rect class="bar" x="${x}" y="${TOP + PLOT_HEIGHT - h}" width="${BAR - 2}" height="${h}" fill="${PALETTE[slot.get(r.series)! % PALETTE.length]}"><title>${text}</title></rect>`;
  }).join('');
  const yearLabels = years.map((year, i) =>
    `<text x="${LEFT + GAP + i * groupWidth + (series.length * BAR) / 2}" y="${TOP + PLOT_HEIGHT + 16}" text-anchor="middle" font-size="12">${year}</text>`).join('');
  const title = escapeHtml(options.title ?? 'Meetings per jurisdiction per year');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="max-width:100%;height:auto" font-family="system-ui,sans-serif">`
    + `<title>${title}</title>${gridLines(top, step, width)}${rects}${yearLabels}${legend(series, TOP + PLOT_HEIGHT + AXIS + 4)}</svg>`;
}
