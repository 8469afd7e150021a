// How long a run at a given triple count would take, from the rates measured on the main run.

/** Rates measured on the main run. */
export interface MeasuredRates {
  triplesPerPage: number;
  /** Build throughput with the best worker count. */
  buildPagesPerSecond: number;
  embeddedLoadTriplesPerSecond: number;
  /** Absent when Virtuoso was not measured. */
  virtuosoLoadTriplesPerSecond?: number;
  /** Wall time of the query and dereferencing part of the main run, in ms, and the triples it ran on. */
  queryPhaseMs: number;
  queryPhaseTriples: number;
}

/** The estimate for one target. */
export interface RunEstimate {
  targetTriples: number;
  pages: number;
  minutes: number;
}

/** Pages and minutes (generate excluded: it is cheap beside the build) to build, load and query `targetTriples`. */
export function estimateRun(targetTriples: number, rates: MeasuredRates): RunEstimate {
  const pages = Math.ceil(targetTriples / rates.triplesPerPage);
  const seconds = pages / rates.buildPagesPerSecond
    + targetTriples / rates.embeddedLoadTriplesPerSecond
    + (rates.virtuosoLoadTriplesPerSecond ? targetTriples / rates.virtuosoLoadTriplesPerSecond : 0)
    + (rates.queryPhaseMs / 1000) * (targetTriples / Math.max(1, rates.queryPhaseTriples));
  return { targetTriples, pages, minutes: seconds / 60 };
}
