// Scoring rules of `jiyao check` on hand-written gold files and N-Triples (one corpus page per rule).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCheckReport, runCheck, type CheckReport } from '../../src/check/run-check.js';
import { goldFacts, type Gold } from '../../src/check/gold.js';
import { predictedFacts } from '../../src/check/predicted.js';
import type { PageResult, ScoredPageResult } from '../../src/check/score.js';
import { FIXTURES, fixturePages, writeFixtureCorpus } from './fixture-corpus.js';

/** The converter of the fixture corpus, in-process: NAME.txt.nt on stdout, .err on stderr, .exit as exit code. */
async function fixtureConvert(file: string) {
  const optional = (suffix: string) => readFile(`${file}${suffix}`, 'utf8').catch(() => undefined);
  const exit = await optional('.exit');
  return { exitCode: exit ? Number(exit) : 0, stdout: (await optional('.nt')) ?? '', stderr: (await optional('.err')) ?? '' };
}

let report: CheckReport;
let gold: Gold;
let goldCount: number;
let perfectCount: number;

function page(name: string): PageResult {
  const found = report.pages.find((p) => p.goldFile === `${name}.gold.json`);
  if (!found) throw new Error(`no page ${name}`);
  return found;
}

function scored(name: string): ScoredPageResult {
  const p = page(name);
  if (p.kind !== 'scored') throw new Error(`${name} was not scored`);
  return p;
}

beforeAll(async () => {
  report = await runCheck({ corpusDir: await writeFixtureCorpus(await fixturePages()), convert: fixtureConvert });
  gold = JSON.parse(await readFile(path.join(FIXTURES, 'meeting-56.gold.json'), 'utf8')) as Gold;
  goldCount = goldFacts(gold).size;
  perfectCount = predictedFacts(await readFile(path.join(FIXTURES, 'meeting-56.txt.nt'), 'utf8')).size;
});

describe('runCheck on the fixture corpus', () => {
  it('scores a perfect prediction 1.0, with the facts the gold lists', () => {
    const p = scored('a-perfect');
    expect([p.precision, p.recall, p.f1]).toEqual([1, 1, 1]);
    expect(new Set(p.predictedFacts)).toEqual(goldFacts(gold));
    expect(goldCount).toBe(32);
    expect([p.leaks, p.crashed, p.parseError]).toEqual([0, false, null]);
  });

  it('lowers recall by exactly one fact for a missing attendee', () => {
    const p = scored('b-missing-attendee');
    expect(p.hitGold).toBe(goldCount - 1);
    expect(p.recall).toBe((goldCount - 1) / goldCount);
    expect(p.precision).toBe(1);
    expect(p.goldFacts.filter((f) => !p.predictedFacts.includes(f))).toEqual(['["attendee","周登蓉"]']);
  });

  it('lowers precision for a wrong date (and recall, the right one being missing)', () => {
    const p = scored('c-wrong-date');
    expect(p.predictedFacts.length).toBe(perfectCount);
    expect(p.hitPredicted).toBe(perfectCount - 1);
    expect(p.precision).toBe((perfectCount - 1) / perfectCount);
    expect(p.predictedFacts).toContain('["date","2021-01-24"]');
  });

  it('matches nextStep and spam terms by containment', () => {
    for (const name of ['d-next-step-contained', 'e-spam-contained']) {
      const p = scored(name);
      expect([name, p.precision, p.recall]).toEqual([name, 1, 1]);
    }
    expect(scored('d-next-step-contained').predictedFacts).toContain('["nextStep",1,"会后提交区委常委会审议。"]');
  });

  it('counts a literal containing a gold spam term as a leak, without touching the facts', () => {
    const p = scored('f-leak');
    expect([p.leaks, p.precision, p.recall]).toEqual([1, 1, 1]);
    expect(report.totals.leaks).toBe(1);
  });

  it('counts unparseable output as a crash that scores no facts', () => {
    const p = scored('g-unparseable');
    expect(p.parseError).toMatch(/line 61/);
    expect([p.predictedFacts.length, p.precision, p.recall]).toEqual([0, 0, 0]);
    // rdflib keeps the lines before the bad one (the last): two of the three organisations are still seen.
    expect(p.organisationsFound).toBe(2);
  });

  it('accepts a non-zero exit for a meeting:null gold, and fails one that emits a meeting', () => {
    expect(page('h-removed-exit-1')).toMatchObject({ kind: 'no-meeting', isCorrect: true, exitCode: 1 });
    expect(page('i-removed-emits-meeting')).toMatchObject({ kind: 'no-meeting', isCorrect: false, meetingCount: 1 });
  });

  it('counts a stack trace on stderr as a crash but still scores the output', () => {
    const p = scored('j-stack-trace');
    expect([p.crashed, p.f1]).toEqual([true, 1]);
  });

  it('reads literals the way rdflib types them', () => {
    const p = scored('k-python-typing');
    expect(p.predictedFacts).toContain('["session","56"]'); // plain literal: a string, not the integer
    expect(p.predictedFacts).toContain('["tampered",true]'); // bool("false") is True in Python
    expect(p.predictedFacts).toContain('["item",1,"Heard"]'); // " +01 "^^xsd:integer is int(" +01 ") = 1
    expect(p.hitPredicted).toBe(p.predictedFacts.length - 1);
  });

  it('reads a missing jy:tampered as false and a literal meeting kind by its text', () => {
    expect(scored('l-no-tampered').predictedFacts).toContain('["tampered",false]');
    expect(scored('o-meeting-kind-literal').f1).toBe(1);
  });

  it('micro-averages over all facts and counts crashes like score.py', () => {
    const pages = report.pages.filter((p): p is ScoredPageResult => p.kind === 'scored');
    const hitP = pages.reduce((n, p) => n + p.hitPredicted, 0);
    const nP = pages.reduce((n, p) => n + p.predictedFacts.length, 0);
    const hitG = pages.reduce((n, p) => n + p.hitGold, 0);
    expect(report.totals.precision).toBe(hitP / nP);
    expect(report.totals.recall).toBe(hitG / (goldCount * pages.length));
    // g (parse), i (meeting on a removed page), j (stack trace), n (stack-less failure is not a crash)
    expect(report.totals.crashes).toBe(3);
    expect(report.totals.organisationsTotal).toBe(4 * pages.length);
  });

  it('prints the per-page table, -v fact lists and the score.py last line', () => {
    const text = formatCheckReport(report, { verbose: true });
    expect(text).toContain("== b-missing-attendee.gold.json\n  missing  ('attendee', '周登蓉')\n");
    expect(text).toContain("  extra    ('date', '2021-01-24')\n");
    expect(text).toContain('a-perfect.gold.json  P 1.00 R 1.00 F1 1.00  leaks 0  0\n');
    expect(text).toContain('h-removed-exit-1.gold.json  empty/invalid page  ok  1\n');
    const last = text.trimEnd().split('\n').at(-1);
    expect(last).toMatch(/^F1 \d\.\d{3} P \d\.\d{3} R \d\.\d{3} leaks 1 crashes 3$/);
    expect(formatCheckReport(report)).not.toMatch(/^  missing /m);
  });
});

describe('runCheck with an in-process converter that throws', () => {
  it('counts the throw as a crash of that page', async () => {
    const dir = await writeFixtureCorpus((await fixturePages()).filter((p) => p.name === 'a-perfect'));
    const thrown = await runCheck({
      corpusDir: dir,
      convert: async () => {
        const error = new Error('boom');
        error.stack = 'Error: boom'; // no stack frames: the throw itself marks the crash
        throw error;
      },
    });
    expect(thrown.pages[0]).toMatchObject({ kind: 'scored', crashed: true, exitCode: 70 });
    expect(thrown.totals.crashes).toBe(1);
  });
});
