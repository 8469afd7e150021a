// manifest.json: what a build read and wrote, so a later build can tell which sources changed.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DumpFile } from './gzip-dump.js';
import type { PageOutcome } from './page-job.js';

/** One source page as the manifest records it. */
export interface ManifestSource {
  /** Path relative to the input folder. */
  path: string;
  /** SHA-256 of the page's bytes (null when it could not be read). */
  sha256: string | null;
  graph: string;
  status: 'converted' | 'failed';
  /** Quads in the page's graph (0 when failed). */
  triples: number;
  /** Failure code and reason, for failed pages. */
  failure?: { code: string; reason: string };
  /** SHA-256 of the page graph's N-Quads (graphs/{path}.nq), for converted pages; absent in older manifests. */
  graphSha256?: string;
}

/** The manifest of a built dataset. */
export interface Manifest {
  manifestVersion: 1;
  toolVersion: string;
  base: string;
  /** ISO date-time the dataset was first built at this output (kept from the previous manifest). */
  issued: string;
  /** ISO date-time of this build. */
  builtAt: string;
  durationMs: number;
  /** Distinct triples across all graphs. */
  triples: number;
  sources: ManifestSource[];
  dumps: DumpFile[];
}

/** The manifest entry of one page outcome. */
export function manifestSource(outcome: PageOutcome, quadCount: number): ManifestSource {
  const entry: ManifestSource = {
    path: outcome.relativePath, sha256: outcome.sha256, graph: outcome.graph, status: outcome.status, triples: quadCount,
  };
  if (outcome.status === 'failed') entry.failure = { code: outcome.code, reason: outcome.reason };
  else entry.graphSha256 = createHash('sha256').update(outcome.nquads, 'utf8').digest('hex');
  return entry;
}

/** Reads the manifest of an existing dataset, or null when there is none or it does not parse. */
export async function readManifest(outputDir: string): Promise<Manifest | null> {
  try {
    const parsed = JSON.parse(await readFile(path.join(outputDir, 'manifest.json'), 'utf8')) as Manifest;
    return parsed && parsed.manifestVersion === 1 ? parsed : null;
  } catch {
    return null;
  }
}

/** The `sources` key as JSON.stringify writes it when the list is empty: the place the entries are streamed into. */
const EMPTY_SOURCES = '"sources": []';

/**
 * Writes `manifest` to `file` exactly as `JSON.stringify(manifest, null, 2)` and a newline, one source entry at a
 * time: a national manifest (about 400 bytes per page) would come near V8's limit on the length of one string.
 */
export async function writeManifestFile(file: string, manifest: Manifest & Record<string, unknown>): Promise<void> {
  const text = `${JSON.stringify({ ...manifest, sources: [] }, null, 2)}\n`;
  const place = text.indexOf(EMPTY_SOURCES);
  const stream = createWriteStream(file);
  const write = async (chunk: string) => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  if (manifest.sources.length === 0) await write(text);
  else {
    await write(`${text.slice(0, place)}"sources": [\n`);
    let chunk = '';
    for (const [i, source] of manifest.sources.entries()) {
      chunk += `${i === 0 ? '' : ',\n'}${JSON.stringify(source, null, 2).replace(/^/gm, '    ')}`;
      if (chunk.length >= 1 << 16) {
        await write(chunk);
        chunk = '';
      }
    }
    await write(`${chunk}\n  ]${text.slice(place + EMPTY_SOURCES.length)}`);
  }
  stream.end();
  await once(stream, 'finish');
}
