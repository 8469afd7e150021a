// A minimal RFC 4180 CSV writer: quoted fields where needed, CRLF line ends, and a UTF-8 BOM so spreadsheets read Chinese right.

/** The byte order mark written first, so Excel and WPS open the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** Characters that force a field into quotes (RFC 4180 §2.6): comma, double quote, CR, LF. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: as is, or in double quotes with inner quotes doubled (`a"b` → `"a""b"`). */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record: fields joined by commas, ended by CRLF. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * A whole CSV document: BOM, the header record, then one record per row.
 * Every row must have as many fields as the header; a mismatch is a programming error and throws.
 */
export function csvDocument(header: readonly string[], rows: Iterable<readonly string[]>): string {
  let text = UTF8_BOM + csvRecord(header);
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`CSV row has ${row.length} fields, header has ${header.length}`);
    text += csvRecord(row);
  }
  return text;
}
