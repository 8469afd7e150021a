// Builds a small scoring corpus from the hand-written fixtures: one page per scoring rule under test.
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Directory of the hand-written gold files, sources and N-Triples. */
export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The shell converter of a written corpus: prints NAME.txt.nt, NAME.txt.err on stderr, exits with NAME.txt.exit. */
export const FIXTURE_COMMAND =
  'cat {file}.nt; if [ -f {file}.err ]; then cat {file}.err >&2; fi; exit $(cat {file}.exit 2>/dev/null || echo 0)';

/** One page of the corpus: which fixture gold it copies and what the "converter" answers. */
export interface FixturePage {
  name: string;
  gold: 'meeting-56' | 'removed-page';
  ntriples: string;
  exitCode?: number;
  stderr?: string;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NODE_STACK = 'TypeError: Cannot read properties of undefined\n    at extractChair (file:///app/dist/src/extract/chair.js:12:7)\n';

/** Replaces exactly one occurrence of `from` (throws if absent, so a fixture edit cannot silently miss). */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture edit: ${from} not found`);
  return text.replace(from, to);
}

/** Drops every line containing `needle` (throws if none). */
export function dropLines(text: string, needle: string): string {
  const lines = text.split('\n');
  const kept = lines.filter((line) => !line.includes(needle));
  if (kept.length === lines.length) throw new Error(`fixture drop: ${needle} not found`);
  return kept.join('\n');
}

/** The perfect N-Triples of meeting-56. */
export async function perfectNTriples(): Promise<string> {
  return readFile(path.join(FIXTURES, 'meeting-56.txt.nt'), 'utf8');
}

/** Every page of the corpus, keyed by the rule it exercises. */
export async function fixturePages(): Promise<FixturePage[]> {
  const nt = await perfectNTriples();
  const removedMeeting = '<https://data.jiyao.example/m/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/jiyao/ontology#Meeting> .\n';
  const meeting = '<https://data.jiyao.example/meeting/320402/2021-01-23/56>';
  return [
    { name: 'a-perfect', gold: 'meeting-56', ntriples: nt },
    { name: 'b-missing-attendee', gold: 'meeting-56', ntriples: dropLines(nt, 'attendee> <https://data.jiyao.example/person/320402/zhou-dengrong>') },
    { name: 'c-wrong-date', gold: 'meeting-56', ntriples: edit(nt, '"2021-01-23"^^', '"2021-01-24"^^') },
    { name: 'd-next-step-contained', gold: 'meeting-56', ntriples: edit(nt, '"提交区委常委会审议"', '"会后提交区委常委会审议。"') },
    { name: 'e-spam-contained', gold: 'meeting-56', ntriples: edit(nt, 'spamTerm> "澳门现金赌场"', 'spamTerm> "澳门现金赌场网址"') },
    { name: 'f-leak', gold: 'meeting-56', ntriples: edit(nt, '"区政府第56次常务会议"@zh-hans', '"区政府第56次常务会议澳门现金赌场"@zh-hans') },
    { name: 'g-unparseable', gold: 'meeting-56', ntriples: edit(nt, 'manqiwei> <http://www.w3.org/2000/01/rdf-schema#label>', 'manqiwei> <http://www.w3.org/2000/01/rdf-schema#label') },
    { name: 'h-removed-exit-1', gold: 'removed-page', ntriples: '', exitCode: 1, stderr: 'jiyao: removed-page.txt: no meeting found on this page\n' },
    { name: 'i-removed-emits-meeting', gold: 'removed-page', ntriples: removedMeeting },
    { name: 'j-stack-trace', gold: 'meeting-56', ntriples: nt, exitCode: 1, stderr: NODE_STACK },
    {
      name: 'k-python-typing', gold: 'meeting-56',
      ntriples: edit(edit(edit(nt, `"56"^^<${XSD}integer>`, '"56"'), `"true"^^<${XSD}boolean>`, '"false"'), `"1"^^<${XSD}integer>`, `" +01 "^^<${XSD}integer>`),
    },
    { name: 'l-no-tampered', gold: 'meeting-56', ntriples: dropLines(nt, 'tampered') },
    { name: 'm-two-meetings', gold: 'meeting-56', ntriples: `${nt}${edit(removedMeeting, '/m/x', '/m/y')}<https://data.jiyao.example/m/y> <https://w3id.org/jiyao/ontology#sessionNumber> "57"^^<${XSD}integer> .\n` },
    { name: 'n-empty-output', gold: 'meeting-56', ntriples: '\n', exitCode: 1, stderr: 'jiyao: could not read the page\n' },
    { name: 'o-meeting-kind-literal', gold: 'meeting-56', ntriples: edit(nt, `${meeting} <https://w3id.org/jiyao/ontology#meetingKind> <https://w3id.org/jiyao/ontology#ExecutiveMeeting>`, `${meeting} <https://w3id.org/jiyao/ontology#meetingKind> "ExecutiveMeeting"`) },
  ];
}

/** Writes the pages into a fresh temporary directory laid out like shared/corpus/dev; returns its path. */
export async function writeFixtureCorpus(pages: readonly FixturePage[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'jiyao-check-'));
  for (const page of pages) {
    const gold = JSON.parse(await readFile(path.join(FIXTURES, `${page.gold}.gold.json`), 'utf8'));
    gold.source = `${page.name}.txt`;
    await writeFile(path.join(dir, `${page.name}.gold.json`), JSON.stringify(gold, null, 1));
    await copyFile(path.join(FIXTURES, `${page.gold}.txt`), path.join(dir, `${page.name}.txt`));
    await writeFile(path.join(dir, `${page.name}.txt.nt`), page.ntriples);
    if (page.exitCode !== undefined) await writeFile(path.join(dir, `${page.name}.txt.exit`), `${page.exitCode}\n`);
    if (page.stderr !== undefined) await writeFile(path.join(dir, `${page.name}.txt.err`), page.stderr);
  }
  return dir;
}
