// The official scorer (../shared/corpus/score.py, Debian's python3-rdflib) against `npx jiyao convert`,
// exactly as SCORING.md runs it: the published N-Triples, parsed by an independent parser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

interface ScoreJson { F1: number; P: number; R: number; orgRecall: number; leaks: number; crashes: number; rows: unknown[][] }

describe('official scorer on the dev corpus', () => {
  it('scores F1 ≥ 0.95 with full recall, no leak and no crash', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'jiyao-score-')), 'score.json');
    execFileSync('/usr/bin/python3', [path.join(corpus, 'score.py'), path.join(corpus, 'dev'), '--json', out,
      '--cmd', 'npx --no-install jiyao convert {file} --format nt'], { cwd: repoRoot, stdio: 'pipe', timeout: 240_000 });
    const score = JSON.parse(readFileSync(out, 'utf8')) as ScoreJson;
    expect(score.crashes).toBe(0);
    expect(score.leaks).toBe(0);
    expect(score.R).toBe(1);
    expect(score.F1).toBeGreaterThanOrEqual(0.95);
    expect(score.orgRecall).toBe(1);
  });
});
