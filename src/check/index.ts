// Public surface of src/check: what the CLI (`jiyao check`) and the tests use.
export { runCheck, listGoldFiles, formatCheckReport, checkReportToJson } from './run-check.js';
export type { CheckReport, Converter, RunCheckOptions, FormatOptions } from './run-check.js';
export { formatSummaryLine } from './format-report.js';
export { shellConverter, shellQuote, fillCommand, type ShellConverterOptions } from './shell-converter.js';
export { scoreDocument, totalsOf, isCrash } from './score.js';
export type { ConverterRun, PageResult, ScoredPageResult, NoMeetingPageResult, CheckTotals, CategoryCounts } from './score.js';
export { goldFacts, goldExpectsNoMeeting, type Gold } from './gold.js';
export { predictedFacts, predictedFactsOfGraph, literalsOtherThanSpamTerms, countLeaks } from './predicted.js';
export { parseNTriples, parseConverterOutput, type TripleGraph } from './graph.js';
export { matchFacts } from './match.js';
export { factKey, factFromKey, formatFact, type Fact, type FactValue } from './fact.js';
export { normaliseText } from './normalise.js';
