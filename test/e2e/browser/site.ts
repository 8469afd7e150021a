// Test helper: builds a dataset at test time from the dev corpus plus a hostile-label page, and serves it on 127.0.0.1.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../../src/http/server.js';
import { runBuild, type BuildSummary } from '../../../src/publish/build.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** The shared development corpus (13 pages with gold files; the tampered seed and dev-11-kunshan-66.html among them). */
export const DEV_CORPUS = path.resolve(repoRoot, '../shared/corpus/dev');
/** A minutes page whose document title and agenda item carry markup and quote characters. */
export const HOSTILE_PAGE = fileURLToPath(new URL('./fixtures/hostile-labels.txt', import.meta.url));
/** The hostile text as it stands in {@link HOSTILE_PAGE}; pages must show it as text, never run it. */
export const HOSTILE_TEXT = '<script>alert(1)</script>"&<>';
/** Base IRI the test dataset is built with (a different host: links must still point at the local server). */
export const SITE_BASE = 'https://data.example.org/jiyao/';

/** The gold facts the browser tests check pages against (a subset of shared/corpus/GOLD_SCHEMA.md). */
export interface GoldPage {
  source: string;
  meeting: { title: string; date: string | null };
  awards: Array<{ name: string; year: number | null; recipients: string[] }>;
  integrity: { tampered: boolean };
}

/** A served test dataset. */
export interface TestSite {
  /** `http://127.0.0.1:PORT/`. */
  url: string;
  build: BuildSummary;
  /** Gold files of the corpus pages in the dataset, by page file name. */
  gold: Map<string, GoldPage>;
  close(): Promise<void>;
}

const isPage = (name: string) => /\.(txt|html?)$/.test(name);

async function readGold(names: readonly string[]): Promise<Map<string, GoldPage>> {
  const gold = new Map<string, GoldPage>();
  for (const name of names) {
    const file = path.join(DEV_CORPUS, name.replace(/\.(txt|html?)$/, '.gold.json'));
    gold.set(name, JSON.parse(await readFile(file, 'utf8')) as GoldPage);
  }
  return gold;
}

/** Copies every dev-corpus page and the hostile page into a temp folder, builds them, and starts the server on port 0. */
export async function startTestSite(): Promise<TestSite> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-browser-'));
  try {
    const input = path.join(tmp, 'input');
    await mkdir(input);
    const pages = (await readdir(DEV_CORPUS)).filter(isPage).sort();
    for (const name of pages) await copyFile(path.join(DEV_CORPUS, name), path.join(input, name));
    await copyFile(HOSTILE_PAGE, path.join(input, path.basename(HOSTILE_PAGE)));
    const dataDir = path.join(tmp, 'site');
    const build = await runBuild({ input, output: dataDir, base: SITE_BASE, toolVersion: '0.0.0-test', workers: 1 });
    const gold = await readGold(pages);
    const server = await startServer({ dataDir, port: 0, host: '127.0.0.1' });
    return {
      url: server.url, build, gold,
      close: async () => {
        await server.close();
        await rm(tmp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}
