// The dev corpus read as templates for synthetic pages: each page's text with the facts (from its gold) to vary.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

/** One corpus page, decoded, with the strings a generator may replace. */
export interface Template {
  /** File name in the corpus (dev-01-xinbei-23.txt). */
  name: string;
  /** Decoded text of the page. */
  text: string;
  isHtml: boolean;
  /** Encoding the page was saved in. */
  encoding: 'utf-8' | 'gbk';
  /** GB/T 2260 code of the page's jurisdiction, or null. */
  divisionCode: string | null;
  /** Session number of the meeting, or null. */
  sessionNumber: number | null;
  /** People named on the page (gold normalisation: no inner spaces). */
  people: string[];
  /** Companies receiving awards. */
  companies: string[];
  /** Titles of documents (inside 《》). */
  documents: string[];
  /** True when the page already carries injected spam. */
  isTampered: boolean;
}

interface Gold {
  encoding?: string;
  jurisdiction?: { code?: string | null } | null;
  meeting: { sessionNumber: number | null; chair: { name: string } | null; recorder: string | null; attendees: string[]; nonVotingAttendees: string[] };
  agendaItems: Array<{ documents: string[]; resolutions: Array<{ documents: string[] }> }>;
  awards?: Array<{ recipients: string[] }>;
  integrity?: { tampered?: boolean };
}

/** The repository root (bench/generator/ is two levels below it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the shared dev corpus lives, next to the repository. */
export const DEFAULT_CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/corpus/dev');

/** A person's name as gold writes it: 2–4 Chinese characters. */
const PERSON = /^[\u4e00-\u9fff]{2,4}$/;

/** Reads every page with a gold file in `corpusDir` as a template, sorted by name (so seeds are stable). */
export function loadTemplates(corpusDir: string = DEFAULT_CORPUS_DIR): Template[] {
  const golds = readdirSync(corpusDir).filter((f) => f.endsWith('.gold.json')).sort();
  return golds.map((goldFile) => {
    const gold = JSON.parse(readFileSync(path.join(corpusDir, goldFile), 'utf8')) as Gold;
    const stem = goldFile.slice(0, -'.gold.json'.length);
    const name = readdirSync(corpusDir).find((f) => f === `${stem}.html` || f === `${stem}.txt`);
    if (name === undefined) throw new Error(`no page for ${goldFile} in ${corpusDir}`);
    return templateOf(name, readFileSync(path.join(corpusDir, name)), gold);
  });
}

function templateOf(name: string, bytes: Buffer, gold: Gold): Template {
  const encoding = gold.encoding === 'gbk' ? 'gbk' : 'utf-8';
  const text = encoding === 'gbk' ? iconv.decode(bytes, 'gbk') : bytes.toString('utf8').replace(/^\uFEFF/, '');
  const m = gold.meeting;
  const recipients = (gold.awards ?? []).flatMap((a) => a.recipients);
  const people = [m.chair?.name ?? null, m.recorder, ...m.attendees, ...m.nonVotingAttendees, ...recipients.filter((r) => PERSON.test(r))];
  const documents = gold.agendaItems.flatMap((i) => [...i.documents, ...i.resolutions.flatMap((r) => r.documents)]);
  return {
    name,
    text,
    isHtml: name.endsWith('.html'),
    encoding,
    divisionCode: gold.jurisdiction?.code ?? null,
    sessionNumber: m.sessionNumber,
    people: distinct(people.filter((p): p is string => p !== null && PERSON.test(p))),
    companies: distinct(recipients.filter((r) => r.endsWith('公司'))),
    documents: distinct(documents).filter((d) => text.includes(d)),
    isTampered: gold.integrity?.tampered === true,
  };
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}
