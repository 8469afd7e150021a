// isodate's `parse_date` (what rdflib 6 uses for xsd:date, xsd:gYear, xsd:gYearMonth) and the lexical forms
// rdflib rewrites those literals to: e.g. "20210123"^^xsd:date is read as "2021-01-23", "2021-1-23" as "2021-01-01".

/** A calendar date (proleptic Gregorian, years 1–9999 like Python's `datetime.date`). */
interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** Python `date(year, month, day)`, or null where it raises ValueError. */
function makeDate(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(utc(year, month + 1, 0)).getUTCDate();
  return day <= days ? { year, month, day } : null;
}

/** `date + timedelta(days)`, or null outside years 1–9999 (Python's OverflowError). */
function addDays(date: CalendarDate, days: number): CalendarDate | null {
  const d = new Date(utc(date.year, date.month, date.day) + days * DAY_MS);
  const year = d.getUTCFullYear();
  return year < 1 || year > 9999 ? null : { year, month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Python `date.isocalendar()` week number and ISO weekday (1 = Monday) of 1 January. */
function januaryFirstIso(year: number): { week: number; weekday: number } {
  const weekday = ((new Date(utc(year, 1, 1)).getUTCDay() + 6) % 7) + 1;
  // 1 January is in ISO week 1 when it falls Monday–Thursday, else in the last week of the year before.
  return { week: weekday <= 4 ? 1 : 52, weekday };
}

/** isodate's patterns, tried in order, each matched at the start of the string only (`re.match`). */
const PATTERNS: ReadonlyArray<{ re: RegExp; build: (g: string[]) => CalendarDate | null }> = [
  { re: /^(\d{4})-(\d{2})-(\d{2})/, build: ([y, m, d]) => monthDate(y, m, d) },
  { re: /^(\d{4})(\d{2})(\d{2})/, build: ([y, m, d]) => monthDate(y, m, d) },
  { re: /^(\d{4})-W(\d{2})-(\d)/, build: ([y, w, d]) => weekDate(y, w, Number(d)) },
  { re: /^(\d{4})W(\d{2})(\d)/, build: ([y, w, d]) => weekDate(y, w, Number(d)) },
  { re: /^(\d{4})-(\d{3})/, build: ([y, d]) => ordinalDate(y, d) },
  { re: /^(\d{4})(\d{3})/, build: ([y, d]) => ordinalDate(y, d) },
  { re: /^(\d{4})-W(\d{2})/, build: ([y, w]) => weekDate(y, w, 1) },
  { re: /^(\d{4})W(\d{2})/, build: ([y, w]) => weekDate(y, w, 1) },
  { re: /^(\d{4})-(\d{2})/, build: ([y, m]) => monthDate(y, m, '01') },
  { re: /^(\d{4})(\d{2})/, build: ([y, m]) => monthDate(y, m, '01') },
  { re: /^(\d{4})/, build: ([y]) => makeDate(Number(y), 1, 1) },
  { re: /^(\d{2})/, build: ([c]) => makeDate(Number(c) * 100 + 1, 1, 1) },
];

/** `date(year, int(month) or 1, day)`: isodate turns month 00 into January. */
function monthDate(year: string, month: string, day: string): CalendarDate | null {
  return makeDate(Number(year), Number(month) || 1, Number(day));
}

function ordinalDate(year: string, day: string): CalendarDate | null {
  const start = makeDate(Number(year), 1, 1);
  return start && addDays(start, Number(day) - 1);
}

function weekDate(year: string, week: string, day: number): CalendarDate | null {
  const start = makeDate(Number(year), 1, 1);
  if (!start) return null;
  const iso = januaryFirstIso(start.year);
  const weeks = Number(week) - (iso.week === 1 ? 1 : 0);
  return addDays(start, weeks * 7 - iso.weekday + day);
}

/** isodate `parse_date`: the first pattern matching a prefix of `lexical` decides; null where Python raises. */
export function parseIsoDate(lexical: string): CalendarDate | null {
  for (const { re, build } of PATTERNS) {
    const match = re.exec(lexical);
    if (match) return build(match.slice(1));
  }
  return null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The lexical form rdflib gives a date-typed literal after parsing (`date.isoformat()`, or strftime for gYear…). */
export function normaliseDateLexical(date: CalendarDate, datatypeLocalName: 'date' | 'gYear' | 'gYearMonth'): string {
  if (datatypeLocalName === 'gYear') return pad(date.year, 4);
  if (datatypeLocalName === 'gYearMonth') return `${pad(date.year, 4)}-${pad(date.month, 2)}`;
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
