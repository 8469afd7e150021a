// Last guard before RDF: no label, title or name may contain a spam term, whatever slipped through.

import type { MinutesRecord } from '../record/types.js';
import { spamStripper } from './spam.js';

/** Returns a copy of the record with every spam term removed from its strings (spam terms themselves kept). */
export function scrubRecordStrings(record: MinutesRecord): MinutesRecord {
  const terms = record.integrity.spamTerms;
  if (terms.length === 0) return record;
  const strip = spamStripper(terms);
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return strip(value);
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === 'object') {
      // A spread copy keeps the object's shape, so writing each field back is cheap (records are plain data).
      const copy: Record<string, unknown> = { ...value };
      for (const k of Object.keys(copy)) copy[k] = scrub(copy[k]);
      return copy;
    }
    return value;
  };
  const { integrity, ...rest } = record;
  return { ...(scrub(rest) as Omit<MinutesRecord, 'integrity'>), integrity };
}
