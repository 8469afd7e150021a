// Where conversion time goes: the extractor's stages called one by one (as extractMinutes composes them), timed each.

import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { GeneratedPage } from '../corpus-generator.js';
import { assembleFields } from '../../src/extract/assemble.js';
import { normaliseIfTraditional } from '../../src/extract/chinese-script.js';
import { decodePage } from '../../src/extract/decode.js';
import { resolveJurisdiction } from '../../src/extract/jurisdiction.js';
import { describeOrganizations } from '../../src/extract/organizations.js';
import { readPage } from '../../src/extract/read-page.js';
import { scrubRecordStrings } from '../../src/extract/scrub.js';
import { cleanSpam } from '../../src/extract/spam.js';
import { recordToQuads } from '../../src/rdf/map-record.js';
import { toNTriples } from '../../src/rdf/serialize.js';
import type { MinutesRecord } from '../../src/record/types.js';
import { BENCH_BASE } from './conversion.js';

/** Stages in pipeline order, named as the report prints them. */
export const STAGES = ['decode', 'read page', 'script', 'jurisdiction', 'spam', 'fields', 'organisations', 'record', 'rdf mapping', 'serialise'] as const;

/** A stage of the pipeline. */
export type Stage = (typeof STAGES)[number];

/** Milliseconds spent in each stage over a sample, and the pages that went through every stage. */
export interface StageProfile {
  ms: Record<Stage, number>;
  pages: number;
}

type Clock = <T>(stage: Stage, run: () => T) => T;

function runPage(page: GeneratedPage, clock: Clock): void {
  const decoded = clock('decode', () => decodePage(page.bytes));
  const read = clock('read page', () => readPage(decoded));
  const script = clock('script', () => normaliseIfTraditional(read));
  const place = clock('jurisdiction', () => resolveJurisdiction(script.page));
  const j = place.jurisdiction;
  const cleaned = clock('spam', () => cleanSpam(script.page, { placeName: j?.shortName ?? j?.name ?? null }));
  const fields = clock('fields', () => assembleFields(cleaned.page, page.name));
  const described = clock('organisations', () => describeOrganizations(fields.organizationNames, j));
  const record = clock('record', () => {
    const raw: MinutesRecord = {
      source: {
        fileName: page.name, url: null, sha256: createHash('sha256').update(page.bytes).digest('hex'), byteLength: page.bytes.byteLength,
        charset: decoded.charset, isHtml: script.page.isHtml, isTraditional: script.isTraditional,
      },
      jurisdiction: j, meeting: fields.meeting, minutes: fields.minutes, agendaItems: fields.agendaItems, awards: fields.awards,
      organizations: described.organizations, integrity: cleaned.integrity, warnings: [],
    };
    return scrubRecordStrings(raw);
  });
  const quads = clock('rdf mapping', () => recordToQuads(record, { base: BENCH_BASE, graph: page.name, toolVersion: 'bench' }));
  clock('serialise', () => toNTriples(quads));
}

/** Runs each page of the sample through the stages, timing each; pages the extractor refuses count only up to where they fail. */
export function profileStages(sample: readonly GeneratedPage[]): StageProfile {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const clock: Clock = (stage, run) => {
    const start = performance.now();
    try {
      return run();
    } finally {
      ms[stage] += performance.now() - start;
    }
  };
  let pages = 0;
  for (const page of sample) {
    try {
      runPage(page, clock);
      pages++;
    } catch {
      // an ExtractionError: the page's time so far is kept, the page is not counted as complete
    }
  }
  return { ms, pages };
}
