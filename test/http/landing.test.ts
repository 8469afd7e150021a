// The landing page over a dataset built from three dev pages: counts, chart, tampered share, gap lines, JSON, downloads listing.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { runBuild } from '../../src/publish/build.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const devCorpus = path.resolve(repoRoot, '../shared/corpus/dev');
/** 常州市天宁区 2021 (tampered), 江阴市 2021, 常州市钟楼区 2023 (tampered). */
const PAGES = ['seed-tianning-56.txt', 'dev-04-jiangyin-17-gbk.html', 'dev-02-zhonglou-31-spam.txt'];

let tmp: string;
let server: RunningServer;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'jiyao-landing-'));
  await mkdir(path.join(tmp, 'in'));
  for (const page of PAGES) await copyFile(path.join(devCorpus, page), path.join(tmp, 'in', page));
  await runBuild({ input: path.join(tmp, 'in'), output: path.join(tmp, 'site'), base: 'https://data.example.org/jiyao/', toolVersion: '0.0.0-test', workers: 1 });
  server = await startServer({ dataDir: path.join(tmp, 'site'), port: 0, host: '127.0.0.1' });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

const get = (p: string, accept = 'text/html') => fetch(`${server.url}${p}`, { headers: { accept } });

interface LandingJson {
  triples: number;
  counts: { label: string; count: number }[];
  coverage: {
    meetingsPerYear: { code: string; year: number; count: number }[];
    gaps: { code: string; years: number[] }[];
    minutes: { total: number; tampered: number };
    warnings: { code: string; count: number }[];
    pages: { pages: number; converted: number; failed: number };
  };
}

describe('the landing page of a built dataset', () => {
  it('states the counts of what the dataset holds', async () => {
    const json = await (await get('', 'application/json')).json() as LandingJson;
    const count = (label: string) => json.counts.find((c) => c.label === label)?.count;
    expect(count('会议')).toBe(3);
    expect(json.triples).toBeGreaterThan(1000);
    expect(json.coverage.pages).toEqual({ pages: 3, converted: 3, failed: 0 });
    expect(json.coverage.minutes).toEqual({ total: 3, tampered: 2 });
    const html = await (await get('')).text();
    expect(html).toMatch(/会议<\/th><td>3</);
    expect(html).toContain('<tr><th>来源网页 Source pages</th><td>3 / 3</td></tr>');
    expect(html).toContain(`<tr><th>三元组 Triples</th><td>${json.triples}</td></tr>`);
  });

  it('charts meetings per jurisdiction and year, one bar each', async () => {
    const json = await (await get('', 'application/json')).json() as LandingJson;
    expect(json.coverage.meetingsPerYear.map((r) => [r.code, r.year, r.count])).toEqual([
      ['320281', 2021, 1], ['320402', 2021, 1], ['320404', 2023, 1],
    ]);
    const html = await (await get('')).text();
    expect(html.match(/<rect class="bar"/g)).toHaveLength(3);
    expect(html).toContain('<title>常州市天宁区 (320402) 2021: 1</title>');
  });

  it('shows the tampered share and the gaps, labelled as gaps, not facts', async () => {
    const html = await (await get('')).text();
    expect(html).toContain('<strong>2</strong> / 3 (66.7%)');
    expect(html).toContain('Gaps, not facts');
    expect(html).toContain('常州市天宁区 (320402)：无会议纪要 no minutes in 2022, 2023</li>');
    expect(html).toContain('常州市钟楼区 (320404)：无会议纪要 no minutes in 2021, 2022</li>');
  });

  it('links to the ways in', async () => {
    const html = await (await get('')).text();
    for (const target of ['sparql', 'downloads/', 'ontology', 'search']) expect(html).toContain(`href="${server.url}${target}"`);
    expect(html).toMatch(/href="[^"]+\/id\/meeting\/320281\/2021-11-19\/executive-17"/);
  });

  it('lists the research tables and their data dictionary on /downloads/', async () => {
    const json = await (await get('downloads/', 'application/json')).json() as { files: { name: string }[] };
    const names = json.files.map((f) => f.name);
    for (const name of ['meetings.csv', 'attendance.csv', 'agenda-items.csv', 'resolutions.csv', 'awards.csv', 'organizations.csv', 'persons.csv', 'tables.csv-metadata.json']) {
      expect(names).toContain(name);
    }
    const csv = await get('downloads/meetings.csv', '*/*');
    expect(csv.status).toBe(200);
    expect(new Uint8Array(await csv.arrayBuffer()).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});
