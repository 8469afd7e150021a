// The data dictionary of the research tables as CSV on the Web metadata (tables.csv-metadata.json, W3C csvw).
import { RDF } from '../../vocab/index.js';
import type { ColumnSpec, TableSpec } from './table-schema.js';

/** File name of the metadata; csvw's own naming (`…-metadata.json`) lets tools find it beside the CSV files. */
export const CSVW_METADATA_FILE = 'tables.csv-metadata.json';

/** The csvw namespace, also the dcterms:conformsTo of the metadata file. */
export const CSVW_NS = 'http://www.w3.org/ns/csvw';

type Json = Record<string, unknown>;

const titles = (zh: string, en: string) => ({ 'zh-Hans': zh, en });

/** One column's description; the key column and derived columns are `suppressOutput` (csv2rdf gives no triple for them). */
function describeColumn(column: ColumnSpec, key: string): Json {
  const out: Json = { name: column.name, titles: titles(column.zh, column.en), datatype: column.datatype };
  if (column.property) {
    out.propertyUrl = column.property;
    if (column.about && column.about !== key) out.aboutUrl = `{+${column.about}}`;
    const valueUrl = column.valueUrl ?? (column.datatype === 'anyURI' ? `{+${column.name}}` : undefined);
    if (valueUrl) out.valueUrl = valueUrl;
    if (column.lang) out.lang = column.lang;
  } else {
    out.suppressOutput = true;
  }
  if (column.separator) out.separator = column.separator;
  if (column.note) out['dc:description'] = column.note;
  return out;
}

function describeTable(table: TableSpec): Json {
  const key = table.primaryKey[0];
  const columns = table.columns.map((c) => describeColumn(c, key));
  if (table.cls) columns.push({ name: 'type', virtual: true, propertyUrl: RDF.type, valueUrl: table.cls });
  return {
    url: table.file,
    'dc:title': [{ '@value': table.zh, '@language': 'zh-Hans' }, { '@value': table.en, '@language': 'en' }],
    'dc:description': `Each row is ${table.rowIs}.`,
    tableSchema: {
      columns,
      primaryKey: table.primaryKey.length === 1 ? key : [...table.primaryKey],
      aboutUrl: `{+${key}}`,
      foreignKeys: table.foreignKeys.map((fk) => ({
        columnReference: fk.column, reference: { resource: fk.table, columnReference: fk.reference },
      })),
    },
  };
}

/** The whole metadata document for `tables` (written beside them; `url`s are relative to it). */
export function csvwMetadata(tables: readonly TableSpec[], options: { datasetIri: string }): Json {
  return {
    '@context': [CSVW_NS, { '@language': 'en' }],
    'dc:title': [{ '@value': '纪要研究数据表', '@language': 'zh-Hans' }, { '@value': 'jiyao research tables', '@language': 'en' }],
    'dc:description': 'The published RDF dataset as tables: every id column holds the IRI of the resource, so each row can be joined back to the linked data.',
    'dc:source': { '@id': options.datasetIri },
    dialect: { encoding: 'utf-8', header: true, doubleQuote: true, lineTerminators: ['\r\n'] },
    tables: tables.map(describeTable),
  };
}
