// The extractor's one public entry: bytes of a minutes page → MinutesRecord (or ExtractionError).

import { createHash } from 'node:crypto';
import type { ExtractionWarning, MinutesRecord, Organization } from '../record/types.js';
import { assembleFields } from './assemble.js';
import { normaliseIfTraditional } from './chinese-script.js';
import { decodePage } from './decode.js';
import { resolveJurisdiction } from './jurisdiction.js';
import { describeOrganizations } from './organizations.js';
import { readPage } from './read-page.js';
import { scrubRecordStrings } from './scrub.js';
import { cleanSpam } from './spam.js';

export { ExtractionError } from '../record/types.js';

/** Options of {@link extractMinutes}. */
export interface ExtractOptions {
  /** Name used in messages and provenance (the file path as given). */
  fileName: string;
  /** URL of the page where known; else the page's canonical link, else urn:sha256. */
  sourceUrl?: string;
  /** Refuse pages larger than this many bytes (default 5 MiB; real pages are well under 1 MB). */
  maxBytes?: number;
}

export interface ExtractResult {
  record: MinutesRecord;
  /** The decoded source text that evidence offsets point into. */
  sourceText: string;
  /** Same as record.warnings. */
  warnings: ExtractionWarning[];
}

/** Decodes, cleans and reads one minutes page. Throws ExtractionError for pages that hold no meeting or cannot be read. */
export function extractMinutes(bytes: Uint8Array, options: ExtractOptions): ExtractResult {
  const decoded = decodePage(bytes, { maxBytes: options.maxBytes });
  const warnings: ExtractionWarning[] = [...decoded.warnings];
  const script = normaliseIfTraditional(readPage(decoded));
  warnings.push(...script.warnings);
  const place = resolveJurisdiction(script.page);
  warnings.push(...place.warnings);
  const jurisdiction = place.jurisdiction;
  const cleaned = cleanSpam(script.page, { placeName: jurisdiction?.shortName ?? jurisdiction?.name ?? null });
  warnings.push(...cleaned.warnings);
  const fields = assembleFields(cleaned.page, options.fileName);
  warnings.push(...fields.warnings);
  const described = describeOrganizations(fields.organizationNames, jurisdiction);
  warnings.push(...described.warnings);
  const organizations: Organization[] = described.organizations;
  const record: MinutesRecord = {
    source: {
      fileName: options.fileName,
      url: options.sourceUrl ?? script.page.canonicalUrl ?? null,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      byteLength: bytes.byteLength,
      charset: decoded.charset,
      isHtml: script.page.isHtml,
      isTraditional: script.isTraditional,
    },
    jurisdiction,
    meeting: fields.meeting,
    minutes: fields.minutes,
    agendaItems: fields.agendaItems,
    awards: fields.awards,
    organizations,
    integrity: cleaned.integrity,
    warnings,
  };
  const scrubbed = scrubRecordStrings(record);
  return { record: scrubbed, sourceText: decoded.text, warnings: scrubbed.warnings };
}
