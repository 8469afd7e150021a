// Last guard before RDF: no label, title or name may contain a spam term, whatever slipped through.

import type { MinutesRecord } from '../record/types.js';
import { stripSpam } from './spam.js';

/** Returns a copy of the record with every spam term removed from its strings (spam terms themselves kept). */
export function scrubRecordStrings(record: MinutesRecord): MinutesRecord {
  const terms = record.integrity.spamTerms;
  if (terms.length === 0) return record;
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return stripSpam(value, terms);
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
    }
    return value;
  };
  const { integrity, ...rest } = record;
  return { ...(scrub(rest) as Omit<MinutesRecord, 'integrity'>), integrity };
}
