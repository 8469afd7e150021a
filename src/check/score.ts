// Scoring one page and the whole corpus exactly as score.py does: per-page P/R/F1, micro-averages, leaks, crashes.
import { goldExpectsNoMeeting, goldFacts, goldOrganisations, goldSpamTerms, type Gold } from './gold.js';
import { parseConverterOutput } from './graph.js';
import { factKind, matchFacts } from './match.js';
import { PYTHON_WHITESPACE_CLASS } from './normalise.js';
import { countLeaks, instancesOf, organisationLabels, predictedFactsOfGraph } from './predicted.js';

/** What the converter did with one source file. */
export interface ConverterRun {
  exitCode: number;
  /** N-Triples; given as bytes, it must be UTF-8 (a decoding failure is a parse failure). */
  stdout: string | Uint8Array;
  stderr: string;
  /** Set when an in-process converter threw instead of returning: always a crash. */
  hasThrown?: boolean;
}

/** A page whose gold has `"meeting": null`: right when the converter exits non-zero or emits no jy:Meeting. */
export interface NoMeetingPageResult {
  kind: 'no-meeting';
  goldFile: string;
  exitCode: number;
  stderr: string;
  meetingCount: number;
  crashed: boolean;
  isCorrect: boolean;
}

/** A page with a meeting, scored fact by fact. */
export interface ScoredPageResult {
  kind: 'scored';
  goldFile: string;
  exitCode: number;
  /** stderr, plus the parser's message when the output did not parse (as score.py appends it). */
  stderr: string;
  crashed: boolean;
  parseError: string | null;
  goldFacts: string[];
  predictedFacts: string[];
  hitPredicted: number;
  hitGold: number;
  precision: number;
  recall: number;
  f1: number;
  leaks: number;
  organisationsFound: number;
  organisationsTotal: number;
  /** Fact kind → found (gold facts matched) / predicted / gold counts on this page. */
  categories: Record<string, CategoryCounts>;
}

/** Result of one page. */
export type PageResult = NoMeetingPageResult | ScoredPageResult;

/** Per-category counts: gold facts found, facts predicted, gold facts. */
export interface CategoryCounts {
  found: number;
  predicted: number;
  gold: number;
}

/**
 * score.py's crash test: a Node-style stack frame line (`    at f (file.js:1:2)`) on stderr, or an exit code
 * above 1 with "Error" and "at " in stderr. `^` and `$` follow Python's re.M (lines end at `\n` only).
 */
const STACK_FRAME = new RegExp(`(?:^|(?<=\\n))${PYTHON_WHITESPACE_CLASS}+at [^\\n]+:\\p{Nd}+:\\p{Nd}+\\)?(?=\\n|$)`, 'u');

/** True when score.py would call this run a crash (before looking at its output). */
export function isCrash(run: Pick<ConverterRun, 'exitCode' | 'stderr' | 'hasThrown'>): boolean {
  if (run.hasThrown || STACK_FRAME.test(run.stderr)) return true;
  return run.exitCode > 1 && run.stderr.includes('Error') && run.stderr.includes('at ');
}

/** F1 from precision and recall (0 when both are 0). */
export function f1Of(precision: number, recall: number): number {
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

function categoryCounts(predicted: Set<string>, gold: Set<string>): Record<string, CategoryCounts> {
  const out: Record<string, CategoryCounts> = {};
  const kinds = new Set([...gold, ...predicted].map(factKind));
  for (const kind of kinds) {
    const g = new Set([...gold].filter((key) => factKind(key) === kind));
    const p = new Set([...predicted].filter((key) => factKind(key) === kind));
    out[kind] = { found: matchFacts(p, g).hitGold, predicted: p.size, gold: g.size };
  }
  return out;
}

/** Scores one page from its gold and the converter's run (the body of score.py's main loop). */
export function scoreDocument(goldFile: string, gold: Gold, run: ConverterRun): PageResult {
  const crashed = isCrash(run);
  const { graph, parseError } = parseConverterOutput(run.stdout);
  const stderr = parseError === null ? run.stderr : `${run.stderr}\n[could not parse the output: ${parseError}]`;
  if (goldExpectsNoMeeting(gold)) {
    const meetingCount = instancesOf(graph, 'Meeting').length;
    const isCorrect = (meetingCount === 0 || run.exitCode !== 0) && !crashed;
    return { kind: 'no-meeting', goldFile, exitCode: run.exitCode, stderr, meetingCount, crashed, isCorrect };
  }
  const gf = goldFacts(gold);
  const pf = parseError === null ? predictedFactsOfGraph(graph) : new Set<string>();
  const { hitPredicted, hitGold } = matchFacts(pf, gf);
  const precision = pf.size ? hitPredicted / pf.size : 0;
  const recall = gf.size ? hitGold / gf.size : 1;
  const goldOrgs = goldOrganisations(gold);
  const predictedOrgs = organisationLabels(graph);
  return {
    kind: 'scored', goldFile, exitCode: run.exitCode, stderr, crashed, parseError,
    goldFacts: [...gf], predictedFacts: [...pf], hitPredicted, hitGold,
    precision, recall, f1: f1Of(precision, recall),
    leaks: countLeaks(graph, goldSpamTerms(gold)),
    organisationsFound: [...goldOrgs].filter((o) => predictedOrgs.has(o)).length,
    organisationsTotal: goldOrgs.size,
    categories: categoryCounts(pf, gf),
  };
}

/** The corpus-level result: micro-averaged over every fact of every scored page. */
export interface CheckTotals {
  precision: number;
  recall: number;
  f1: number;
  /** Organisation recall (1 when no gold names any organisation). */
  organisationRecall: number;
  organisationsFound: number;
  organisationsTotal: number;
  leaks: number;
  /** Scored pages that crashed or did not parse, plus no-meeting pages handled wrongly. */
  crashes: number;
  categories: Record<string, CategoryCounts>;
}

/** Sums page results as score.py does. */
export function totalsOf(pages: readonly PageResult[]): CheckTotals {
  let hitP = 0, hitG = 0, nP = 0, nG = 0, orgHit = 0, orgAll = 0, leaks = 0, crashes = 0;
  const categories: Record<string, CategoryCounts> = {};
  for (const page of pages) {
    if (page.kind === 'no-meeting') {
      if (!page.isCorrect) crashes += 1;
      continue;
    }
    hitP += page.hitPredicted; hitG += page.hitGold;
    nP += page.predictedFacts.length; nG += page.goldFacts.length;
    orgHit += page.organisationsFound; orgAll += page.organisationsTotal;
    leaks += page.leaks;
    if (page.crashed || page.parseError !== null) crashes += 1;
    for (const [kind, c] of Object.entries(page.categories)) {
      const sum = (categories[kind] ??= { found: 0, predicted: 0, gold: 0 });
      sum.found += c.found; sum.predicted += c.predicted; sum.gold += c.gold;
    }
  }
  const precision = nP ? hitP / nP : 0;
  const recall = nG ? hitG / nG : 0;
  const organisationRecall = orgAll ? orgHit / orgAll : 1;
  return { precision, recall, f1: f1Of(precision, recall), organisationRecall, organisationsFound: orgHit,
    organisationsTotal: orgAll, leaks, crashes, categories };
}
