// The JSON quality report of one source page: what was read, what was repaired, what came out.
import type { ExtractionWarning, MinutesRecord } from '../record/types.js';

/** Counts of what one page yielded. */
export interface PageCounts {
  meetings: number;
  items: number;
  resolutions: number;
  awards: number;
  organizations: number;
  triples: number;
}

/** Quality report of a converted page (written to `reports/{page}.json`). Holds no times, so builds are reproducible. */
export interface PageReport {
  file: string;
  graph: string;
  status: 'converted';
  sourceUrl: string | null;
  sha256: string;
  byteLength: number;
  charset: string;
  isHtml: boolean;
  isTraditional: boolean;
  tampered: boolean;
  warnings: Array<{ code: string; message: string; quote?: string; start?: number; end?: number }>;
  spamTerms: string[];
  repairs: Array<{ from: string; to: string }>;
  counts: PageCounts;
}

/** Quality report of a page that could not be converted. */
export interface FailedPageReport {
  file: string;
  graph: string;
  status: 'failed';
  sha256: string;
  byteLength: number;
  /** ExtractionError code ('empty', 'binary', …), 'timeout' or 'unreadable'. */
  code: string;
  reason: string;
}

/** Counts meetings, items, resolutions and awards in a record. */
export function countRecord(record: MinutesRecord, triples: number): PageCounts {
  return {
    meetings: record.meeting ? 1 : 0,
    items: record.agendaItems.length,
    resolutions: record.agendaItems.reduce((sum, item) => sum + item.resolutions.length, 0),
    awards: record.awards.length,
    organizations: record.organizations.length,
    triples,
  };
}

function reportWarning(warning: ExtractionWarning): PageReport['warnings'][number] {
  const { code, message, evidence } = warning;
  return evidence ? { code, message, quote: evidence.quote, start: evidence.start, end: evidence.end } : { code, message };
}

/** Builds the quality report of a converted page from its record, warnings and triple count. */
export function buildPageReport(
  record: MinutesRecord,
  warnings: readonly ExtractionWarning[],
  context: { file: string; graph: string; triples: number },
): PageReport {
  const { source, integrity } = record;
  return {
    file: context.file,
    graph: context.graph,
    status: 'converted',
    sourceUrl: source.url,
    sha256: source.sha256,
    byteLength: source.byteLength,
    charset: source.charset,
    isHtml: source.isHtml,
    isTraditional: source.isTraditional,
    tampered: integrity.tampered,
    warnings: warnings.map(reportWarning),
    spamTerms: [...integrity.spamTerms],
    repairs: integrity.repairs.map(({ from, to }) => ({ from, to })),
    counts: countRecord(record, context.triples),
  };
}
