// The parts of a dataset folder the server reads at start: manifest.json, the ontology, its JSON-LD context, void.ttl.
import type { Quad } from '@rdfjs/types';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'n3';
import { JY_ONTOLOGY, PREFIXES } from '../vocab/index.js';
import { collectLabels, type Labels } from './views/labels.js';

/** The fields of manifest.json the server uses (written by src/publish). */
export interface DatasetManifest {
  /** Base IRI the dataset was minted under, ending in `/`. */
  base: string;
  /** When the dataset was built: Last-Modified of every data response. */
  builtAt: Date;
  /** Distinct triples across all graphs, when recorded. */
  triples?: number;
}

/** Everything static the routes serve or use for display. */
export interface SiteData {
  manifest: DatasetManifest;
  /** All quads of ontology/*.ttl except the SHACL shapes. */
  ontology: Quad[];
  /** zh/en labels of ontology terms. */
  ontologyLabels: Labels;
  /** The object inside `@context` of ontology/context.jsonld (the project prefixes when absent). */
  context: Record<string, unknown>;
  /** Quads of void.ttl (empty when absent). */
  voidQuads: Quad[];
}

/** Raised when the dataset folder is unusable (no manifest, no base); the CLI prints the message. */
export class DatasetFolderError extends Error {
  override name = 'DatasetFolderError';
}

/** Reads manifest.json; the build time falls back to the file's modification time. */
export async function readManifest(dataDir: string): Promise<DatasetManifest> {
  const file = path.join(dataDir, 'manifest.json');
  const text = await readFile(file, 'utf8').catch(() => {
    throw new DatasetFolderError(`${file} not found: is ${dataDir} a dataset built by "jiyao build"?`);
  });
  let json: { base?: unknown; builtAt?: unknown; triples?: unknown };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    throw new DatasetFolderError(`${file} is not valid JSON`);
  }
  if (typeof json.base !== 'string' || !/^https?:\/\/.+\/$/.test(json.base)) throw new DatasetFolderError(`${file} has no "base" IRI ending in /`);
  const built = typeof json.builtAt === 'string' ? new Date(json.builtAt) : new Date(Number.NaN);
  const builtAt = Number.isNaN(built.getTime()) ? (await stat(file)).mtime : built;
  builtAt.setMilliseconds(0);
  return { base: json.base, builtAt, triples: typeof json.triples === 'number' ? json.triples : undefined };
}

async function parseTurtleFile(file: string, baseIRI: string): Promise<Quad[]> {
  const text = await readFile(file, 'utf8');
  return new Parser({ format: 'text/turtle', baseIRI }).parse(text);
}

async function readOntology(dir: string): Promise<Quad[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = names.filter((n) => n.endsWith('.ttl') && !n.includes('shapes')).sort();
  return (await Promise.all(files.map((n) => parseTurtleFile(path.join(dir, n), JY_ONTOLOGY)))).flat();
}

async function readContext(file: string): Promise<Record<string, unknown>> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return { ...PREFIXES };
  const document = JSON.parse(text) as { '@context'?: Record<string, unknown> };
  return document['@context'] ?? { ...PREFIXES };
}

/**
 * Loads the static parts of a dataset folder.
 * @param ontologyDir - where ontology/*.ttl and context.jsonld are; default `{dataDir}/ontology`
 */
export async function loadSiteData(dataDir: string, ontologyDir = path.join(dataDir, 'ontology')): Promise<SiteData> {
  const manifest = await readManifest(dataDir);
  const ontology = await readOntology(ontologyDir);
  const voidFile = path.join(dataDir, 'void.ttl');
  const voidQuads = await stat(voidFile).then(() => parseTurtleFile(voidFile, manifest.base), () => []);
  return {
    manifest,
    ontology,
    ontologyLabels: collectLabels(ontology),
    context: await readContext(path.join(ontologyDir, 'context.jsonld')),
    voidQuads,
  };
}
