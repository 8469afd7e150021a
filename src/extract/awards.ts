// Awards conferred by a decision: 授予A、B2家企业天宁区“区长质量奖”; 授予C、D5名个人“…”称号.

import type { Award, ExtractionWarning } from '../record/types.js';
import { isPersonName } from './attendance.js';
import type { MappedText } from './mapped-text.js';
import { parseNumeral } from './numerals.js';
import { AWARD, AWARD_COUNT, AWARD_YEAR } from './patterns.js';

/** Units that make recipients persons: 5名个人, 3名同志. */
const PERSON_UNITS = /^(?:名个人|名同志|位同志|名|人)$/;

/** The awards in one decision sentence of item `position`; `itemText` gives the 20xx年度 year. */
export function extractAwards(sentence: MappedText, position: number, itemText: string): { awards: Award[]; warnings: ExtractionWarning[] } {
  const awards: Award[] = [];
  const warnings: ExtractionWarning[] = [];
  const year = awardYear(itemText);
  AWARD.lastIndex = 0;
  for (const m of sentence.text.matchAll(AWARD)) {
    const { recipientsText, count, unit } = splitCount(m[1]);
    const recipients = recipientsText
      .split(/[、，,]/)
      .map((r) => r.replace(/^(?:给|向)/, '').trim())
      .filter((r) => r.length > 0);
    if (recipients.length === 0) continue;
    const isPersons = unit ? PERSON_UNITS.test(unit) : recipients.every(isPersonName);
    const evidence = sentence.evidence(m.index, m.index + m[0].length);
    const award: Award = {
      name: m[2].trim(),
      year,
      statedCount: count,
      recipients,
      recipientKind: isPersons ? 'person' : 'organization',
      item: position,
      evidence,
    };
    awards.push(award);
    if (count !== null && count !== recipients.length) {
      warnings.push({
        code: 'count-mismatch',
        message: `award “${award.name}” states ${count} recipients but ${recipients.length} were found`,
        evidence,
      });
    }
  }
  return { awards, warnings };
}

/** `A、B有限公司2家企业天宁区` → recipients `A、B有限公司`, count 2, unit 家企业 (the last count phrase wins). */
function splitCount(text: string): { recipientsText: string; count: number | null; unit: string | null } {
  const matches = [...text.matchAll(AWARD_COUNT)];
  const last = matches[matches.length - 1];
  if (!last) return { recipientsText: text.replace(/(?:称号|荣誉称号)$/, ''), count: null, unit: null };
  return { recipientsText: text.slice(0, last.index), count: parseNumeral(last[1]), unit: last[2] };
}

/** The year of 20xx年度 nearest before the award, else the first one of the item. */
function awardYear(itemText: string): number | null {
  const years = [...itemText.matchAll(AWARD_YEAR)].map((m) => Number(m[1]));
  return years.length > 0 ? years[0] : null;
}
