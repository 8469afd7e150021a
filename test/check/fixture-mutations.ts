// Seeded random damage to the perfect fixture N-Triples: many differently wrong pages for scorer parity tests.
import type { FixturePage } from './fixture-corpus.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const JY = 'https://w3id.org/jiyao/ontology#';

/** mulberry32: a small deterministic PRNG, so a failing parity case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (lines: string[], pick: <T>(items: readonly T[]) => T) => void;

/** `"lexical"…` at the end of an N-Triples line: lexical form and what follows it. */
const LITERAL_TAIL = /"((?:[^"\\]|\\.)*)"((?:\^\^<[^>]*>|@[A-Za-z-]+)?) \.$/;
const IRI_OBJECT_TAIL = /<([^>]*)> \.$/;

function withLiteral(lines: string[], pick: <T>(items: readonly T[]) => T, change: (lexical: string, tail: string) => string): void {
  const candidates = lines.map((line, i) => [line, i] as const).filter(([line]) => LITERAL_TAIL.test(line));
  if (candidates.length === 0) return;
  const [line, i] = pick(candidates);
  lines[i] = line.replace(LITERAL_TAIL, (_m, lexical: string, tail: string) => `${change(lexical, tail)} .`);
}

const MUTATIONS: Mutation[] = [
  (lines, pick) => void lines.splice(lines.indexOf(pick(lines)), 1),
  (lines, pick) => void lines.push(pick(lines)),
  (lines, pick) => withLiteral(lines, pick, (lex, tail) => `"${pick([` ${lex} `, `《${lex}》`, `${lex}　`, `“${lex}”`, `${lex}委`])}"${tail}`),
  (lines, pick) => withLiteral(lines, pick, (lex) => `"${lex}"${pick(['', `^^<${XSD}string>`, `^^<${XSD}int>`, `^^<${XSD}boolean>`, '@zh', `^^<${XSD}decimal>`, `^^<${XSD}date>`])}`),
  (lines, pick) => withLiteral(lines, pick, () => pick([`"0"^^<${XSD}integer>`, `"TRUE"^^<${XSD}boolean>`, `" 07 "^^<${XSD}long>`, '""', `"0.0"^^<${XSD}double>`, '"２"'])),
  (lines, pick) => {
    const candidates = lines.filter((line) => IRI_OBJECT_TAIL.test(line));
    const line = pick(candidates);
    lines[lines.indexOf(line)] = line.replace(IRI_OBJECT_TAIL, (_m, iri: string) => `"${iri.startsWith(JY) ? iri.slice(JY.length) : iri}" .`);
  },
  (lines, pick) => {
    const subject = pick(lines).split(' ')[0];
    lines.push(`${subject} <http://www.w3.org/2000/01/rdf-schema#comment> "${pick(['见', '', '《'])}澳门现金赌场${pick(['', '网'])}" .`);
  },
  (lines, pick) => {
    const line = pick(lines.filter((l) => l.length > 20));
    const cut = 10 + Math.floor(line.length * 0.5);
    lines[lines.indexOf(line)] = line.slice(0, cut);
  },
  (lines, pick) => {
    const a = pick(lines.filter((l) => IRI_OBJECT_TAIL.test(l) || LITERAL_TAIL.test(l)));
    const b = pick(lines.filter((l) => IRI_OBJECT_TAIL.test(l) || LITERAL_TAIL.test(l)));
    const objectOf = (l: string) => l.split(' ').slice(2).join(' ');
    const head = (l: string) => l.split(' ').slice(0, 2).join(' ');
    lines[lines.indexOf(a)] = `${head(a)} ${objectOf(b)}`;
  },
  (lines, pick) => void lines.splice(Math.floor(lines.length / 2), 0, pick(['# a comment', '', '   '])),
  (lines, pick) => {
    const dated = lines.filter((l) => l.includes(`^^<${XSD}date>`));
    const line = pick(dated);
    const variant = pick(['20210123', '2021-01', '2021-1-23', '2021-W03-6', '2021-023', '2021-02-30', '2021-01-23T09:00:00', '2021-01-23Z', '21', '2021-00-23', '2020W537']);
    lines[lines.indexOf(line)] = line.replace(/"[^"]*"\^\^/, `"${variant}"^^`).replace(`${XSD}date`, pick([`${XSD}date`, `${XSD}date`, `${XSD}gYear`, `${XSD}gYearMonth`]));
  },
];

/**
 * `count` damaged copies of the perfect N-Triples, each with 1–4 random mutations and sometimes a non-zero exit or
 * a stack trace; plus a few no-meeting pages. Same seed, same pages.
 */
export function mutatedPages(perfect: string, count: number, seed: number): FixturePage[] {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const base = perfect.trimEnd().split('\n');
  const pages: FixturePage[] = [];
  for (let n = 0; n < count; n += 1) {
    const lines = [...base];
    const steps = 1 + Math.floor(next() * 4);
    for (let s = 0; s < steps; s += 1) pick(MUTATIONS)(lines, pick);
    const exitCode = pick([0, 0, 0, 1, 2]);
    const stderr = pick(['', '', 'warning: spam-removed\n', 'Error: boom\n    at main (file:///x.js:1:2)\n', 'Error: bad at line 3\n']);
    const ntriples = exitCode === 2 ? '' : `${lines.join('\n')}\n`;
    pages.push({ name: `rand-${String(n).padStart(3, '0')}`, gold: n % 10 === 9 ? 'removed-page' : 'meeting-56', ntriples, exitCode, stderr });
  }
  return pages;
}
