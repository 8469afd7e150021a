// Checks the dataset's dumps against their SHA-256 checksums before anything is loaded or served.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Raised when a dump does not match its checksum; the CLI prints the one-line message and the server does not start. */
export class DatasetIntegrityError extends Error {
  override name = 'DatasetIntegrityError';
}

/** One checksum to verify: the file and the digest it must have. */
export interface ExpectedDigest {
  /** File name inside downloads/. */
  fileName: string;
  /** Lowercase hex SHA-256. */
  sha256: string;
  /** Where the expectation comes from (`manifest.json` or `jiyao.nq.gz.sha256`). */
  source: string;
}

/** A `sha256sum` line: 64 hex digits, two spaces (or space and `*`), the file name. */
const SHA256SUM_LINE = /^([0-9a-fA-F]{64}) [ *](.+)$/;

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Reads the digests downloads/*.sha256 and manifest.json's `dumps` promise; throws when the two disagree. */
export async function expectedDigests(dataDir: string): Promise<ExpectedDigest[]> {
  const downloads = path.join(dataDir, 'downloads');
  const byName = new Map<string, ExpectedDigest>();
  const add = (expected: ExpectedDigest): void => {
    const known = byName.get(expected.fileName);
    if (known && known.sha256 !== expected.sha256) {
      throw new DatasetIntegrityError(`${expected.fileName}: ${known.source} and ${expected.source} give different checksums`);
    }
    byName.set(expected.fileName, known ?? expected);
  };
  for (const name of (await readdir(downloads).catch(() => [] as string[])).filter((n) => n.endsWith('.sha256')).sort()) {
    const line = (await readFile(path.join(downloads, name), 'utf8')).split('\n', 1)[0].trim();
    const match = SHA256SUM_LINE.exec(line);
    if (!match) throw new DatasetIntegrityError(`downloads/${name} is not a sha256sum line`);
    add({ fileName: path.basename(match[2]), sha256: match[1].toLowerCase(), source: name });
  }
  for (const dump of await manifestDumps(dataDir)) add({ ...dump, source: 'manifest.json' });
  return [...byName.values()];
}

async function manifestDumps(dataDir: string): Promise<Array<{ fileName: string; sha256: string }>> {
  const text = await readFile(path.join(dataDir, 'manifest.json'), 'utf8').catch(() => '{}');
  let dumps: unknown;
  try {
    dumps = (JSON.parse(text) as { dumps?: unknown }).dumps;
  } catch {
    return []; // the site loader reports an unreadable manifest
  }
  if (!Array.isArray(dumps)) return [];
  return dumps.filter((d): d is { fileName: string; sha256: string } =>
    typeof d?.fileName === 'string' && typeof d?.sha256 === 'string' && /^[0-9a-f]{64}$/i.test(d.sha256))
    .map((d) => ({ fileName: path.basename(d.fileName), sha256: d.sha256.toLowerCase() }));
}

/**
 * Verifies every dump that has a checksum (downloads/*.sha256 or manifest.json), reading each file as a stream, and
 * requires one for `required` (the dump the store loads).
 * @returns the digests checked
 * @throws DatasetIntegrityError naming the first file that is missing or does not match
 */
export async function verifyDatasetDumps(dataDir: string, options: { required?: string[] } = {}): Promise<ExpectedDigest[]> {
  const expected = await expectedDigests(dataDir);
  for (const name of options.required ?? []) {
    if (!expected.some((e) => e.fileName === name)) throw new DatasetIntegrityError(`downloads/${name} has no checksum (no ${name}.sha256)`);
  }
  for (const entry of expected) {
    const file = path.join(dataDir, 'downloads', entry.fileName);
    const actual = await sha256OfFile(file).catch(() => {
      throw new DatasetIntegrityError(`downloads/${entry.fileName} is missing but ${entry.source} lists it`);
    });
    if (actual !== entry.sha256) {
      throw new DatasetIntegrityError(`downloads/${entry.fileName} is corrupted: SHA-256 ${actual.slice(0, 12)}… does not match ${entry.source} (${entry.sha256.slice(0, 12)}…); rebuild or restore the dataset`);
    }
  }
  return expected;
}
