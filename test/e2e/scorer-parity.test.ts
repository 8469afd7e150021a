// The TypeScript scorer (src/check) against the official score.py on the same corpora: same table, same F1.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReportToJson, formatCheckReport, runCheck } from '../../src/check/run-check.js';
import { parseConverterOutput } from '../../src/check/graph.js';
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

/** For each text: does rdflib parse it without error, and how many triples does its graph hold? */
async function rdflibParses(texts: string[]): Promise<Array<[boolean, number]>> {
  const script = [
    'import json, sys, rdflib',
    'out = []',
    'for text in json.load(sys.stdin):',
    '    g = rdflib.Graph()',
    '    try:',
    '        g.parse(data=text, format="nt"); ok = True',
    '    except Exception:',
    '        ok = False',
    '    out.append([ok, len(g)])',
    'print(json.dumps(out))',
  ].join('\n');
  const child = execFile(PYTHON, ['-W', 'ignore', '-c', script]);
  let stdout = '';
  child.stdout?.on('data', (chunk: string) => (stdout += chunk));
  const closed = new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(code) : reject(new Error(`python exited ${code}`)))),
  );
  child.stdin?.end(JSON.stringify(texts));
  await closed;
  return JSON.parse(stdout);
}

const S = '<http://x/s>';
const P = '<http://x/p>';
/** N-Triples corner cases: rdflib's answer (accepted? how many triples kept?) decides; ours must match. */
const SYNTAX_CASES = [
  `${S} ${P} "a" .\r\n${S} ${P} "b" .\r\n`, `${S}\t${P}\t"a"\t.\n`, `${S}  ${P}   "a"  .  \n`, `${S} ${P} "a" . # comment\n`,
  `${S} ${P} <http://x/\\u0041> .\n`, `   \n\n${S} ${P} "a" .\n`, `\ufeff${S} ${P} "a" .\n`, `${S} ${P} <rel> .\n`,
  `${S} ${P} "a".\n`, `${S}${P}"a" .\n`, `${S} ${P} "a"@zh-Hans .\n`, `${S} ${P} "a"@123 .\n`, `_:b.1 ${P} "x" .\n`,
  `${S} ${P} "a" .`, `${S} ${P} "a" . ${S} ${P} "b" .\n`, `${S} ${P} "a"\n`, `<http://x/a b> ${P} "a" .\n`,
  `${S} ${P} """a""" .\n`, `${S} ${P} 'a' .\n`, `${S} ${P} "a"^^<xsd:string> .\n`, `${S} ${P} 1 .\n`,
  `@prefix x: <http://x/> .\n`, `${S} ${P} "a" .\n# c\n${S} ${P} oops .\n${S} ${P} "c" .\n`, `${S} ${P} "a" .\r${S} ${P} "b" .\r`,
  `${S} ${P} "a" .\u2028`, `_:1a ${P} "a" .\n`, `${S} ${P} "\\b\\f\\'" .\n`, `${S} ${P} "a" .\n${S} ${P} "a" .\n`,
];

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

  it('accepts and rejects the same N-Triples as rdflib, keeping the same triples before an error', async () => {
    const python = await rdflibParses(SYNTAX_CASES);
    const ours = SYNTAX_CASES.map((text): [boolean, number] => {
      const parsed = parseConverterOutput(text);
      return [parsed.parseError === null, parsed.graph.triples().length];
    });
    expect(ours.map((r, i) => [SYNTAX_CASES[i], ...r])).toEqual(python.map((r, i) => [SYNTAX_CASES[i], ...r]));
  });

  it('agrees with score.py on 60 randomly damaged outputs (seed 20210123)', async () => {
    await compare(mutatedPages(await perfectNTriples(), 60, 20210123));
  });

  it('agrees with score.py on another 60 (seed 7)', async () => {
    await compare(mutatedPages(await perfectNTriples(), 60, 7));
  });
});
