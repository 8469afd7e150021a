// Blue/green full reload on two real Virtuosos: serve from A, bulk-load B beside it, switch with SIGHUP, answer from B.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkLoadDataset } from '../../src/publish/bulk-load.js';
import { runBuild } from '../../src/publish/build.js';
import type { Manifest } from '../../src/publish/manifest.js';
import { JY, RDF } from '../../src/vocab/index.js';
import { startServeProcess, type ServeProcess } from './virtuoso-serve-process.js';
import { startVirtuoso, type VirtuosoServer } from './virtuoso-server.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = path.resolve(repoRoot, '../shared/corpus/dev');
const BASE = 'http://jiyao.test/';
const BLUE_PAGES = ['dev-01-xinbei-23.txt', 'dev-03-wujin-09.html', 'dev-11-kunshan-66.html'];
/** The reload adds a page whose meeting only the new store knows. */
const ADDED_PAGE = 'seed-tianning-56.txt';
const MEETINGS = `SELECT ?m WHERE { ?m a <${JY.Meeting}> } ORDER BY ?m`;

describe('full reload beside the live store, switched in without a restart', () => {
  let tmp: string, input: string, site: string, storeFile: string;
  let blue: VirtuosoServer, green: VirtuosoServer;
  let serve: ServeProcess;
  let blueMeetings: string[];

  const build = () => runBuild({ input, output: site, base: BASE, toolVersion: '0.0.0-test', workers: 1 });
  const bulkLoad = (into: VirtuosoServer) => bulkLoadDataset({
    dataDir: site, queryUrl: into.queryUrl, isql: { host: '127.0.0.1', port: into.sqlPort, user: into.user, password: into.password },
  });
  const quadsInManifest = async (): Promise<number> => {
    const manifest = JSON.parse(await readFile(path.join(site, 'manifest.json'), 'utf8')) as Manifest;
    return manifest.sources.reduce((sum, source) => sum + source.triples, 0);
  };
  /** The meetings the server's /sparql answers with, and the status. */
  const servedMeetings = async (): Promise<{ status: number; meetings: string[] }> => {
    const response = await fetch(`${serve.url}sparql?query=${encodeURIComponent(MEETINGS)}`, { headers: { accept: 'application/sparql-results+json' } });
    if (!response.ok) return { status: response.status, meetings: [] };
    const json = await response.json() as { results: { bindings: Array<{ m: { value: string } }> } };
    return { status: response.status, meetings: json.results.bindings.map((b) => b.m.value) };
  };
  const dereference = (meeting: string): Promise<Response> =>
    fetch(`${serve.url}doc/${meeting.slice(`${BASE}id/`.length)}`, { headers: { accept: 'application/n-triples' } });
  const sighupAndWait = async (pattern: RegExp): Promise<string> => {
    const seen = serve.logs.length;
    serve.signal('SIGHUP');
    const line = await serve.waitForLog((candidate) => serve.logs.indexOf(candidate) >= seen && /^store (switch|file)/.test(candidate.msg));
    expect(line.msg).toMatch(pattern);
    return line.msg;
  };

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'jiyao-blue-green-'));
    input = path.join(tmp, 'input');
    site = path.join(tmp, 'site');
    storeFile = path.join(tmp, 'store-url');
    await mkdir(input, { recursive: true });
    for (const page of BLUE_PAGES) await copyFile(path.join(CORPUS, page), path.join(input, page));
    await build();
    [blue, green] = await Promise.all([startVirtuoso({ dirsAllowed: [tmp] }), startVirtuoso({ dirsAllowed: [tmp] })]);
    await bulkLoad(blue);
    await writeFile(storeFile, `# the live store\n${blue.queryUrl}\n`);
    // Up to 8 queries from this one client at a time: the traffic below must not be refused with 429.
    serve = await startServeProcess(['--data', site, '--store-file', storeFile], { SPARQL_MAX_PER_CLIENT: '8' });
  });
  afterAll(async () => {
    await serve?.stop();
    await Promise.all([blue?.stop(), green?.stop()]);
    await rm(tmp, { recursive: true, force: true });
  });

  it('serves from the store the file names', async () => {
    const served = await servedMeetings();
    expect(served.status).toBe(200);
    expect(served.meetings).toHaveLength(BLUE_PAGES.length);
    blueMeetings = served.meetings;
  });

  it('keeps answering from A while the new dataset is built and bulk-loaded into B', async () => {
    await copyFile(path.join(CORPUS, ADDED_PAGE), path.join(input, ADDED_PAGE));
    await build();
    const summary = await bulkLoad(green);
    expect(summary.triples).toBe(await quadsInManifest());
    expect(await servedMeetings()).toEqual({ status: 200, meetings: blueMeetings });
  });

  it('switches to B on SIGHUP without failing a request in flight, then answers from B', async () => {
    let isSwitching = true;
    const statuses: number[] = [];
    const traffic = Array.from({ length: 4 }, async () => {
      while (isSwitching) {
        statuses.push((await servedMeetings()).status, (await dereference(blueMeetings[0])).status);
      }
    });
    await writeFile(storeFile, `${green.queryUrl}\n`);
    const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await sighupAndWait(new RegExp(`^store switched: now serving from ${escaped(green.queryUrl)}, with the build of \\S+ in ${escaped(site)}$`));
    isSwitching = false;
    await Promise.all(traffic);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);

    const served = await servedMeetings();
    const added = served.meetings.filter((meeting) => !blueMeetings.includes(meeting));
    expect(served.meetings).toHaveLength(BLUE_PAGES.length + 1);
    expect(added).toHaveLength(1);
    const document = await dereference(added[0]);
    expect(document.status).toBe(200);
    expect(await document.text()).toContain(`<${added[0]}> <${RDF.type}> <${JY.Meeting}>`);
  });

  it('refuses to switch back to A, which lacks the new page\'s graph, and keeps answering from B', async () => {
    await writeFile(storeFile, `${blue.queryUrl}\n`);
    expect(await sighupAndWait(/refused/)).toBe(`store switch to ${blue.queryUrl} refused: it lacks 1 graph(s) the manifest lists, `
      + `e.g. ${BASE}graph/${ADDED_PAGE}; still serving from ${green.queryUrl}`);
    // With A gone, every answer must come from B.
    await blue.stop();
    const served = await servedMeetings();
    expect(served).toMatchObject({ status: 200 });
    expect(served.meetings).toHaveLength(BLUE_PAGES.length + 1);
  });
});
