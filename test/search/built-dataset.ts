// Test helper: a dataset built by runBuild from three dev-corpus pages (copied at test time), in a temp folder.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild } from '../../src/publish/build.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const devCorpus = path.resolve(repoRoot, '../shared/corpus/dev');

/** Base IRI of the built dataset. */
export const BUILT_BASE = 'https://data.example.org/jiyao/';
/** The pages: the seed (区工信局 proposes; 区长质量奖), a traditional-script page, a GBK page with person awards. */
export const BUILT_PAGES = ['seed-tianning-56.txt', 'dev-06-jintan-12-trad.txt', 'dev-04-jiangyin-17-gbk.html'];

/** A built dataset folder and how to remove it. */
export interface BuiltDataset {
  dataDir: string;
  remove(): Promise<void>;
}

/** Copies {@link BUILT_PAGES} into a temp input folder and builds them (in-process, one worker). */
export async function buildSampleDataset(): Promise<BuiltDataset> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-search-'));
  const input = path.join(tmp, 'input');
  await mkdir(input);
  for (const page of BUILT_PAGES) await copyFile(path.join(devCorpus, page), path.join(input, page));
  const dataDir = path.join(tmp, 'site');
  await runBuild({ input, output: dataDir, base: BUILT_BASE, toolVersion: '0.0.0-test', workers: 1 });
  return { dataDir, remove: () => rm(tmp, { recursive: true, force: true }) };
}
