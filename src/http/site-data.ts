// The static parts of a dataset folder, read at start and on a store switch: manifest.json, the ontology, its context, void.ttl.
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
  let json: ManifestFields;
  try {
    json = JSON.parse(text) as ManifestFields;
  } catch {
    throw new DatasetFolderError(`${file} is not valid JSON`);
  }
  return servedManifest(json, file);
}

/** The fields of manifest.json the server reads, as parsed from JSON (unchecked). */
export interface ManifestFields {
  base?: unknown;
  builtAt?: unknown;
  triples?: unknown;
}

/**
 * The server's view of an already parsed manifest.json (`file`: its path, named in errors and dating a manifest
 * without `builtAt`), for a caller that read the whole manifest for its own use too (a store switch checks the store
 * against it).
 */
export async function servedManifest(json: ManifestFields, file: string): Promise<DatasetManifest> {
  if (typeof json.base !== 'string' || !/^https?:\/\/.+\/$/.test(json.base)) throw new DatasetFolderError(`${file} has no "base" IRI ending in /`);
  const built = typeof json.builtAt === 'string' ? new Date(json.builtAt) : new Date(Number.NaN);
  const builtAt = Number.isNaN(built.getTime()) ? (await stat(file)).mtime : built;
  builtAt.setMilliseconds(0);
  return { base: json.base, builtAt, triples: typeof json.triples === 'number' ? json.triples : undefined };
}

async function parseTurtleFile(file: string, baseIRI: string): Promise<Quad[]> {
  const text = await readFile(file, 'utf8');
  try {
    return new Parser({ format: 'text/turtle', baseIRI }).parse(text);
  } catch (error) {
    throw new DatasetFolderError(`${file} is not valid Turtle: ${(error as Error).message}`);
  }
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
 * @param readAlready - the folder's manifest when already read (see {@link servedManifest}); default: read here
 */
export async function loadSiteData(dataDir: string, ontologyDir = path.join(dataDir, 'ontology'), readAlready?: DatasetManifest): Promise<SiteData> {
  const manifest = readAlready ?? (await readManifest(dataDir));
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
