// The shape of a research table: its columns (with the RDF property each comes from), keys, and how its rows are derived.
import type { GraphView } from './graph-view.js';

/** CSVW datatypes the tables use (XSD names). */
export type ColumnDatatype = 'anyURI' | 'string' | 'integer' | 'date' | 'boolean';

/** One column and what it means. */
export interface ColumnSpec {
  /** Header in the CSV and csvw `name` (snake_case ASCII). */
  name: string;
  /** Chinese and English titles for the data dictionary. */
  zh: string;
  en: string;
  datatype: ColumnDatatype;
  /**
   * The RDF property the column comes from (csvw `propertyUrl`, may be a URI template like `…#{role}`).
   * Absent for derived columns (counts, years), which are marked `suppressOutput` in the metadata.
   */
  property?: string;
  /** Column holding the subject of `property` (csvw `aboutUrl` `{+col}`); default the table's first column. */
  about?: string;
  /** csvw `valueUrl`: `{+name}` for IRI columns unless given; a template like `…#{kind}` for concept local names. */
  valueUrl?: string;
  /** Language of a text column (csvw `lang`). */
  lang?: string;
  /** Separator of a list-valued column (csvw `separator`). */
  separator?: string;
  /** How a derived column is computed, for the data dictionary. */
  note?: string;
}

/** A reference from a column to the key column of another table. */
export interface ForeignKeySpec {
  column: string;
  table: string;
  reference: string;
}

/** One cell before formatting: null is an empty field, arrays are joined by the column's separator. */
export type Cell = string | number | boolean | null | readonly string[];

/** A research table: file name, titles, columns, keys, and the function deriving its rows from the graph. */
export interface TableSpec {
  /** File name inside downloads/ (meetings.csv). */
  file: string;
  zh: string;
  en: string;
  /** What one row is, for the data dictionary. */
  rowIs: string;
  /** Class of the resource in the key column (a csvw virtual rdf:type column), when a row is one resource. */
  cls?: string;
  columns: readonly ColumnSpec[];
  /** Column(s) that identify a row. */
  primaryKey: readonly string[];
  foreignKeys: readonly ForeignKeySpec[];
  /** The rows, one at a time (a national dataset has millions). */
  rows(view: GraphView): Iterable<Cell[]>;
}

/** `fn` of each item, lazily. */
export function* mapEach<T, U>(items: Iterable<T>, fn: (item: T) => U): Generator<U> {
  for (const item of items) yield fn(item);
}

/** The items of `fn` of each item, lazily (one item's list at a time). */
export function* flatMapEach<T, U>(items: Iterable<T>, fn: (item: T) => Iterable<U>): Generator<U> {
  for (const item of items) yield* fn(item);
}

/** The local name of an IRI after `#` or the last `/` (jy:ExecutiveMeeting → ExecutiveMeeting). */
export function localName(iri: string | null): string | null {
  if (iri === null) return null;
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
  return iri.slice(cut + 1);
}

/** A cell as CSV text: booleans and numbers in their XSD lexical form, lists joined by `separator`. */
export function formatCell(cell: Cell, separator = ' '): string {
  if (cell === null) return '';
  if (Array.isArray(cell)) return cell.join(separator);
  return String(cell);
}
