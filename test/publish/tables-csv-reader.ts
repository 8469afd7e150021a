// Test helper: an independent RFC 4180 reader (state machine over characters) to read back the research tables.

/** Parses CSV text (BOM stripped by the caller) into records of fields; quoted fields may hold commas, quotes and line breaks. */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else if (c === '\n') throw new Error(`bare LF outside quotes at ${i}`);
    else field += c;
  }
  if (inQuotes) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}

/** A table as header + rows of objects keyed by column name. */
export function readTable(text: string): { header: string[]; rows: Record<string, string>[] } {
  if (!text.startsWith('\uFEFF')) throw new Error('no BOM');
  const [header, ...records] = readCsv(text.slice(1));
  return { header, rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}
