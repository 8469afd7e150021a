// The text score.py prints (per-page table, -v fact lists, categories, last line) and its --json summary.
import { compareCodePoints, equalityKey, formatFactsForDisplay } from './fact.js';
import { formatFixed } from './python-format.js';
import type { CheckReport } from './run-check.js';
import type { PageResult, ScoredPageResult } from './score.js';
import { PYTHON_WHITESPACE_CLASS } from './normalise.js';

/** Options of {@link formatCheckReport}. */
export interface FormatOptions {
  /** List every missing and extra fact per page, and the last stderr line (score.py `-v`). Default false. */
  verbose?: boolean;
}

const OUTER_WHITESPACE = new RegExp(`^${PYTHON_WHITESPACE_CLASS}+|${PYTHON_WHITESPACE_CLASS}+$`, 'g');
/** Python `str.splitlines()` boundaries. */
const LINE_BOUNDARY = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

function lastStderrLine(stderr: string): string {
  const lines = stderr.replace(OUTER_WHITESPACE, '').split(LINE_BOUNDARY);
  return Array.from(lines[lines.length - 1]).slice(0, 200).join('');
}

function verboseBlock(page: ScoredPageResult): string[] {
  const predicted = new Set(page.predictedFacts.map(equalityKey));
  const gold = new Set(page.goldFacts.map(equalityKey));
  const out = [`== ${page.goldFile}`];
  const missing = page.goldFacts.filter((k) => !predicted.has(equalityKey(k)));
  const extra = page.predictedFacts.filter((k) => !gold.has(equalityKey(k)));
  for (const f of formatFactsForDisplay(missing)) out.push(`  missing  ${f}`);
  for (const f of formatFactsForDisplay(extra)) out.push(`  extra    ${f}`);
  if (page.stderr.replace(OUTER_WHITESPACE, '') !== '') out.push(`  stderr: ${lastStderrLine(page.stderr)}`);
  return out;
}

/** One row of the per-page table, as score.py's `rows` tuple. */
function pageRow(page: PageResult): Array<string | number> {
  if (page.kind === 'no-meeting') return [page.goldFile, 'empty/invalid page', page.isCorrect ? 'ok' : 'FAIL', page.exitCode];
  const scores = `P ${formatFixed(page.precision, 2)} R ${formatFixed(page.recall, 2)} F1 ${formatFixed(page.f1, 2)}`;
  return [page.goldFile, scores, `leaks ${page.leaks}`, page.exitCode];
}

/** The last line of a report: `F1 <x> P <p> R <r> leaks <n> crashes <n>`. */
export function formatSummaryLine(report: CheckReport): string {
  const t = report.totals;
  return `F1 ${formatFixed(t.f1, 3)} P ${formatFixed(t.precision, 3)} R ${formatFixed(t.recall, 3)} leaks ${t.leaks} crashes ${t.crashes}`;
}

/** The report as score.py prints it: -v blocks, the per-page table, per-category counts, organisation recall, last line. */
export function formatCheckReport(report: CheckReport, options: FormatOptions = {}): string {
  const lines: string[] = [];
  if (options.verbose) {
    for (const page of report.pages) if (page.kind === 'scored') lines.push(...verboseBlock(page));
  }
  for (const page of report.pages) lines.push(pageRow(page).join('  '));
  lines.push('per category (found/pred/gold):');
  const categories = Object.entries(report.totals.categories).sort(([a], [b]) => compareCodePoints(a, b));
  for (const [kind, c] of categories) lines.push(`  ${kind.padEnd(12)} ${c.found}/${c.predicted}/${c.gold}`);
  const t = report.totals;
  lines.push(`organisation recall ${formatFixed(t.organisationRecall, 3)} (${t.organisationsFound}/${t.organisationsTotal})`);
  lines.push(formatSummaryLine(report));
  return `${lines.join('\n')}\n`;
}

/** The summary score.py writes with `--json OUT`. */
export function checkReportToJson(report: CheckReport): {
  F1: number; P: number; R: number; orgRecall: number; leaks: number; crashes: number; rows: Array<Array<string | number>>;
} {
  const t = report.totals;
  return { F1: t.f1, P: t.precision, R: t.recall, orgRecall: t.organisationRecall, leaks: t.leaks,
    crashes: t.crashes, rows: report.pages.map(pageRow) };
}
