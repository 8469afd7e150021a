// The VoID + DCAT description of the dataset (void.ttl): counts, partitions, dumps with sizes and checksums.
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';
import { DCAT, DCTERMS, FOAF, JY_NS, PREFIXES, RDF, VOID } from '../vocab/index.js';
import type { DumpFile } from './gzip-dump.js';
import type { WrittenTable } from './tables/write-tables.js';
import type { DatasetStatistics } from './triple-index.js';
import {
  DCAT_EXTRA, DCTERMS_EXTRA, IANA_MEDIA_TYPES, SPDX, VCARD, VOID_EXTRA, VOID_PREFIXES, XSD_EXTRA,
} from './void-terms.js';

const { namedNode, literal, blankNode, quad } = DataFactory;

/** dcterms:conformsTo: the standard a distribution follows (csvw for the tables' metadata). */
const DCTERMS_CONFORMS_TO = 'http://purl.org/dc/terms/conformsTo';

/** Who publishes the dataset: an IRI where there is one, and a name. */
export interface Publisher {
  name: string;
  iri?: string;
}

/** Whom to contact about the dataset. */
export interface ContactPoint {
  name: string;
  email?: string;
  url?: string;
}

/** A dump as described: the written file and the media type of its (uncompressed) content. */
export interface DescribedDump extends DumpFile {
  mediaType: string;
}

/** Everything void.ttl states. */
export interface DatasetDescription {
  base: string;
  licence: string;
  publisher: Publisher;
  contactPoint: ContactPoint;
  /** ISO date-time of the first build published at this place. */
  issued: string;
  /** ISO date-time of this build. */
  modified: string;
  statistics: DatasetStatistics;
  dumps: readonly DescribedDump[];
  /** Research tables (CSV) and their csvw metadata, in downloads/ beside the dumps. Default none. */
  tables?: readonly WrittenTable[];
}

/** IRI of the dataset in its description: a fragment of void.ttl, so it dereferences to this document. */
export function datasetIri(base: string): string {
  return `${base}void.ttl#dataset`;
}

type Emit = (s: Quad_Subject, p: string, o: Quad_Object) => void;

const integer = (n: number) => literal(String(n), namedNode('http://www.w3.org/2001/XMLSchema#integer'));

/** The description as quads (default graph). */
export function describeDataset(d: DatasetDescription): Quad[] {
  const quads: Quad[] = [];
  const emit: Emit = (s, p, o) => { quads.push(quad(s, namedNode(p), o) as Quad); };
  const dataset = namedNode(datasetIri(d.base));
  emit(dataset, RDF.type, namedNode(VOID.Dataset));
  emit(dataset, RDF.type, namedNode(DCAT.Dataset));
  emit(dataset, DCTERMS.title, literal('纪要：地方政府会议纪要关联数据', 'zh-Hans'));
  emit(dataset, DCTERMS.title, literal('jiyao: linked data from Chinese local-government meeting minutes', 'en'));
  emit(dataset, DCTERMS_EXTRA.description, literal(
    'Meetings, agenda items, resolutions and awards extracted from published minutes pages, one named graph per page, each fact linked to its evidence in the source.', 'en'));
  emit(dataset, DCTERMS_EXTRA.license, namedNode(d.licence));
  emit(dataset, DCTERMS.issued, literal(d.issued, namedNode(XSD_EXTRA.dateTime)));
  emit(dataset, DCTERMS_EXTRA.modified, literal(d.modified, namedNode(XSD_EXTRA.dateTime)));
  emit(dataset, DCTERMS.publisher, describePublisher(d.publisher, emit));
  emit(dataset, DCAT_EXTRA.contactPoint, describeContact(d.contactPoint, emit));
  emit(dataset, VOID.sparqlEndpoint, namedNode(`${d.base}sparql`));
  emit(dataset, VOID.uriSpace, literal(`${d.base}id/`));
  emit(dataset, VOID.vocabulary, namedNode(JY_NS));
  emit(dataset, VOID.triples, integer(d.statistics.triples));
  emit(dataset, VOID_EXTRA.entities, integer(d.statistics.entities));
  describePartitions(dataset, d.statistics, emit);
  for (const dump of d.dumps) describeDump(dataset, dump, d, emit);
  for (const table of d.tables ?? []) describeTable(dataset, table, d, emit);
  return quads;
}

function describePublisher(publisher: Publisher, emit: Emit): Quad_Object {
  const node = publisher.iri ? namedNode(publisher.iri) : blankNode('publisher');
  emit(node, RDF.type, namedNode('http://xmlns.com/foaf/0.1/Agent'));
  emit(node, FOAF.name, literal(publisher.name));
  return node;
}

function describeContact(contact: ContactPoint, emit: Emit): Quad_Object {
  const node = blankNode('contact');
  emit(node, RDF.type, namedNode(VCARD.Kind));
  emit(node, VCARD.fn, literal(contact.name));
  if (contact.email) emit(node, VCARD.hasEmail, namedNode(`mailto:${contact.email}`));
  if (contact.url) emit(node, VCARD.hasURL, namedNode(contact.url));
  return node;
}

function describePartitions(dataset: Quad_Subject, stats: DatasetStatistics, emit: Emit): void {
  [...stats.classes.keys()].sort().forEach((iri, i) => {
    const partition = blankNode(`class${i}`);
    emit(dataset, VOID_EXTRA.classPartition, partition);
    emit(partition, VOID_EXTRA.class, namedNode(iri));
    emit(partition, VOID_EXTRA.entities, integer(stats.classes.get(iri)!));
  });
  [...stats.properties.keys()].sort().forEach((iri, i) => {
    const partition = blankNode(`property${i}`);
    emit(dataset, VOID_EXTRA.propertyPartition, partition);
    emit(partition, VOID_EXTRA.property, namedNode(iri));
    emit(partition, VOID.triples, integer(stats.properties.get(iri)!));
  });
}

function describeDump(dataset: Quad_Subject, dump: DescribedDump, d: DatasetDescription, emit: Emit): void {
  const url = namedNode(`${d.base}downloads/${dump.fileName}`);
  const distribution = namedNode(`${d.base}void.ttl#${dump.fileName}`);
  const checksum = blankNode(`checksum-${dump.fileName.replace(/[^A-Za-z0-9]/g, '-')}`);
  emit(dataset, VOID.dataDump, url);
  emit(dataset, DCAT.distribution, distribution);
  emit(distribution, RDF.type, namedNode(DCAT.Distribution));
  emit(distribution, DCAT.downloadURL, url);
  emit(distribution, DCAT.mediaType, namedNode(`${IANA_MEDIA_TYPES}${dump.mediaType}`));
  emit(distribution, DCAT_EXTRA.compressFormat, namedNode(`${IANA_MEDIA_TYPES}application/gzip`));
  emit(distribution, DCAT_EXTRA.byteSize, literal(String(dump.byteSize), namedNode(XSD_EXTRA.nonNegativeInteger)));
  emit(distribution, DCTERMS_EXTRA.license, namedNode(d.licence));
  emit(distribution, SPDX.checksum, checksum);
  emit(checksum, RDF.type, namedNode(SPDX.Checksum));
  emit(checksum, SPDX.algorithm, namedNode(SPDX.checksumAlgorithm_sha256));
  emit(checksum, SPDX.checksumValue, literal(dump.sha256, namedNode(XSD_EXTRA.hexBinary)));
}

/** A research table or its metadata: an uncompressed dcat:Distribution with its standard (dcterms:conformsTo). */
function describeTable(dataset: Quad_Subject, table: WrittenTable, d: DatasetDescription, emit: Emit): void {
  const distribution = namedNode(`${d.base}void.ttl#${table.fileName}`);
  const checksum = blankNode(`checksum-${table.fileName.replace(/[^A-Za-z0-9]/g, '-')}`);
  emit(dataset, DCAT.distribution, distribution);
  emit(distribution, RDF.type, namedNode(DCAT.Distribution));
  emit(distribution, DCTERMS.title, literal(table.zh, 'zh-Hans'));
  emit(distribution, DCTERMS.title, literal(table.en, 'en'));
  emit(distribution, DCAT.downloadURL, namedNode(`${d.base}downloads/${table.fileName}`));
  emit(distribution, DCAT.mediaType, namedNode(`${IANA_MEDIA_TYPES}${table.mediaType}`));
  emit(distribution, DCTERMS_CONFORMS_TO, namedNode(table.conformsTo));
  emit(distribution, DCAT_EXTRA.byteSize, literal(String(table.byteSize), namedNode(XSD_EXTRA.nonNegativeInteger)));
  emit(distribution, DCTERMS_EXTRA.license, namedNode(d.licence));
  emit(distribution, SPDX.checksum, checksum);
  emit(checksum, RDF.type, namedNode(SPDX.Checksum));
  emit(checksum, SPDX.algorithm, namedNode(SPDX.checksumAlgorithm_sha256));
  emit(checksum, SPDX.checksumValue, literal(table.sha256, namedNode(XSD_EXTRA.hexBinary)));
}

/** Orders quads so each subject's come together (first-appearance order), letting Turtle write one block per subject. */
function groupBySubject(quads: readonly Quad[]): Quad[] {
  const groups = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = `${q.subject.termType}:${q.subject.value}`;
    const group = groups.get(key);
    if (group) group.push(q);
    else groups.set(key, [q]);
  }
  return [...groups.values()].flat();
}

/** The description as Turtle. */
export function describeDatasetTurtle(d: DatasetDescription): string {
  const writer = new Writer({ format: 'Turtle', prefixes: { ...PREFIXES, ...VOID_PREFIXES } });
  writer.addQuads(groupBySubject(describeDataset(d)));
  let text = '';
  writer.end((_error: Error | null, result: string) => { text = result; });
  return text;
}
