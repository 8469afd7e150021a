// Writes the research tables (CSV, UTF-8 with BOM) and their csvw data dictionary into the dataset's downloads/ folder.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AGENT_TABLES } from './agent-tables.js';
import { csvRecord, UTF8_BOM } from './csv.js';
import { CSVW_METADATA_FILE, CSVW_NS, csvwMetadata } from './csvw-metadata.js';
import { AWARDS_TABLE, RESOLUTIONS_TABLE } from './decision-tables.js';
import type { GraphView } from './graph-view.js';
import { AGENDA_ITEMS_TABLE, ATTENDANCE_TABLE, MEETINGS_TABLE } from './meeting-tables.js';
import { formatCell, type TableSpec } from './table-schema.js';

/** Every research table, in the order the metadata lists them. */
export const RESEARCH_TABLES: readonly TableSpec[] = [
  MEETINGS_TABLE, ATTENDANCE_TABLE, AGENDA_ITEMS_TABLE, RESOLUTIONS_TABLE, AWARDS_TABLE, ...AGENT_TABLES,
];

/** A written table or metadata file, as the DCAT description lists it. */
export interface WrittenTable {
  /** File name inside downloads/. */
  fileName: string;
  byteSize: number;
  /** SHA-256 of the file, lowercase hex. */
  sha256: string;
  /** text/csv, or application/csvm+json for the metadata. */
  mediaType: string;
  /** Titles for dcterms:title. */
  zh: string;
  en: string;
  /** Standard the file conforms to (csvw for the metadata, RFC 4180 for the tables). */
  conformsTo: string;
  /** Data rows (tables only). */
  rows?: number;
}

/** RFC 4180, the CSV format the tables follow. */
export const RFC_4180 = 'https://www.rfc-editor.org/rfc/rfc4180';

/** Text gathered before it is written: one write per 64 Ki characters rather than per row. */
const WRITE_CHARS = 1 << 16;

/** Writes one table as CSV (BOM, header, one record per row), row by row; returns its size, hash and row count. */
async function writeTable(file: string, table: TableSpec, view: GraphView): Promise<{ byteSize: number; sha256: string; rows: number }> {
  const stream = createWriteStream(file);
  const hash = createHash('sha256');
  let byteSize = 0, rows = 0;
  let text = UTF8_BOM + csvRecord(table.columns.map((c) => c.name));
  const flush = async () => {
    const bytes = Buffer.from(text, 'utf8');
    text = '';
    hash.update(bytes);
    byteSize += bytes.length;
    if (!stream.write(bytes)) await once(stream, 'drain');
  };
  const separators = table.columns.map((c) => c.separator);
  for (const row of table.rows(view)) {
    if (row.length !== separators.length) throw new Error(`${table.file}: row has ${row.length} fields, header has ${separators.length}`);
    text += csvRecord(row.map((cell, i) => formatCell(cell, separators[i])));
    rows++;
    if (text.length >= WRITE_CHARS) await flush();
  }
  await flush();
  stream.end();
  await once(stream, 'finish');
  return { byteSize, sha256: hash.digest('hex'), rows };
}

async function writeText(file: string, text: string): Promise<{ byteSize: number; sha256: string }> {
  const bytes = Buffer.from(text, 'utf8');
  await writeFile(file, bytes);
  return { byteSize: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Derives `tables` (research tables) from the view and writes them into `downloadsDir`; returns what it wrote, in order. */
export async function writeTables(downloadsDir: string, view: GraphView, tables: readonly TableSpec[]): Promise<WrittenTable[]> {
  const written: WrittenTable[] = [];
  for (const table of tables) {
    const { rows, ...file } = await writeTable(path.join(downloadsDir, table.file), table, view);
    written.push({ fileName: table.file, ...file, mediaType: 'text/csv', zh: table.zh, en: table.en, conformsTo: RFC_4180, rows });
  }
  return written;
}

/** Writes tables.csv-metadata.json, the data dictionary of every research table, into `downloadsDir`. */
export async function writeTablesMetadata(downloadsDir: string, options: { datasetIri: string }): Promise<WrittenTable> {
  const metadata = `${JSON.stringify(csvwMetadata(RESEARCH_TABLES, options), null, 2)}\n`;
  const file = await writeText(path.join(downloadsDir, CSVW_METADATA_FILE), metadata);
  return { fileName: CSVW_METADATA_FILE, ...file, mediaType: 'application/csvm+json', zh: '研究数据表的数据字典', en: 'Data dictionary of the research tables (CSV on the Web)', conformsTo: CSVW_NS };
}
