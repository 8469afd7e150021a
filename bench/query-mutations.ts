// Seeded SPARQL query mutator and pathological queries, for the query fuzz script and its npm-test-sized twin.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { EXAMPLE_QUERIES } from '../src/http/query-ui/example-queries.js';
import type { Random } from './generator/random.js';

/** One request the fuzzer sends: the query bytes and how they travel. */
export interface FuzzCase {
  /** What was done to the seed query (for the report). */
  mutation: string;
  body: Buffer;
  /** GET ?query= (only for short, valid-UTF-8 texts), direct POST, or form POST. */
  method: 'get' | 'post-direct' | 'post-form';
}

/** Queries an attacker writes on purpose: each is slow by construction and must end in a timeout (503), never a hang. */
export const PATHOLOGICAL_QUERIES: Record<string, string> = {
  'cross product': 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }',
  'unbounded property path': 'SELECT (COUNT(*) AS ?n) WHERE { ?s (<urn:p>|!<urn:p>)* ?o . ?o (<urn:p>|!<urn:p>)* ?x . ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }',
  'huge VALUES': `SELECT (COUNT(*) AS ?n) WHERE { VALUES ?v { ${Array.from({ length: 3000 }, (_, i) => `"v${i}"`).join(' ')} } ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }`,
  'regex bomb': 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?x . ?c ?d ?y . ?e ?f ?z . ?g ?h ?w . ?i ?j ?v . ?k ?l ?u FILTER(REGEX(CONCAT(STR(?x), STR(?y), STR(?w), STR(?u), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), "(a+)+$")) }',
};

/** Hand-written seeds that reach corners the W3C files and examples do not. */
const EXTRA_SEEDS = [
  'ASK {}',
  'SELECT * WHERE { ?s ?p ?o } LIMIT 5',
  'CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5',
  'DESCRIBE ?s WHERE { ?s ?p ?o } LIMIT 1',
  'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g',
  'INSERT DATA { <urn:a> <urn:b> <urn:c> }',
  'LOAD <http://127.0.0.1:9/x.ttl>',
  'SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }',
];

/** Reads every .rq file under `w3cDir` (recursively), plus the example queries and the extra seeds. */
export async function loadSeedQueries(w3cDir: string): Promise<string[]> {
  const files = (await readdir(w3cDir, { recursive: true })).filter((name) => name.endsWith('.rq')).sort();
  const w3c = await Promise.all(files.map((name) => readFile(path.join(w3cDir, name), 'utf8')));
  return [...w3c, ...EXAMPLE_QUERIES.map((example) => example.query), ...EXTRA_SEEDS];
}

/** Splits a query into tokens that keep their whitespace, so joining them gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\s*(?:<[^>\s]*>|"[^"\n]*"|'[^'\n]*'|[A-Za-z_][\w:-]*|[?$]\w+|\d+(?:\.\d+)?|\S)/g) ?? [text];
}

const KEYWORDS = ['SELECT', 'WHERE', 'OPTIONAL', 'UNION', 'FILTER', 'GRAPH', 'SERVICE', 'MINUS', 'VALUES', 'BIND', '{', '}', '(', ')', '.', ';', ',', '*', '+', '?', '|', '^', '!', '/', '"', '<', '>', 'a', '?x', 'LIMIT', '-1', '99999999999999999999', 'FROM', 'NAMED', 'ORDER BY', 'GROUP BY', 'HAVING', 'LOAD', 'INSERT', 'DELETE', 'CLEAR', 'DROP', 'PREFIX', 'BASE', '\\', '\u0000', '\u202E', '纪要'];

type TextMutation = (text: string, random: Random) => string;

const TEXT_MUTATIONS: Record<string, TextMutation> = {
  'delete token': (text, random) => {
    const parts = tokens(text);
    parts.splice(random.int(0, parts.length - 1), random.int(1, 3));
    return parts.join('');
  },
  'duplicate token': (text, random) => {
    const parts = tokens(text);
    const at = random.int(0, parts.length - 1);
    parts.splice(at, 0, ...Array.from({ length: random.int(1, 5) }, () => parts[at]));
    return parts.join('');
  },
  'swap tokens': (text, random) => {
    const parts = tokens(text);
    const [i, j] = [random.int(0, parts.length - 1), random.int(0, parts.length - 1)];
    [parts[i], parts[j]] = [parts[j], parts[i]];
    return parts.join('');
  },
  'insert keyword': (text, random) => {
    const parts = tokens(text);
    parts.splice(random.int(0, parts.length), 0, ` ${random.pick(KEYWORDS)} `);
    return parts.join('');
  },
  truncate: (text, random) => text.slice(0, random.int(0, text.length)),
  'nest groups': (text, random) => {
    const depth = random.pick([2, 10, 100, 1000, 5000]);
    return text.replace(/\{/, `{${'{ '.repeat(depth)}`).replace(/\}(?![^}]*\})/, `${' }'.repeat(depth)}}`);
  },
  'nest expressions': (text, random) => {
    const depth = random.pick([10, 100, 1000, 5000]);
    return text.replace(/\}(?![^}]*\})/, ` FILTER(${'('.repeat(depth)}1${')'.repeat(depth)}) }`);
  },
  'nest sub-selects': (text, random) => {
    const depth = random.pick([2, 20, 200]);
    return `SELECT * WHERE ${'{ SELECT * WHERE '.repeat(depth)}{ ?s ?p ?o }${' LIMIT 1 }'.repeat(depth)}`;
  },
  splice: (text, random) => text.slice(0, random.int(0, text.length)) + text.slice(random.int(0, text.length)),
};

const BYTE_MUTATIONS: Record<string, (bytes: Buffer, random: Random) => Buffer> = {
  'random bytes': (bytes, random) => {
    const out = Buffer.from(bytes);
    for (let n = random.int(1, 8); n > 0 && out.length > 0; n--) out[random.int(0, out.length - 1)] = random.int(0, 255);
    return out;
  },
  'insert random bytes': (bytes, random) => {
    const at = random.int(0, bytes.length);
    const noise = Buffer.from(Array.from({ length: random.int(1, 32) }, () => random.int(0, 255)));
    return Buffer.concat([bytes.subarray(0, at), noise, bytes.subarray(at)]);
  },
};

/** Whether the bytes are valid UTF-8 text without NUL (only those go into a GET URL). */
function isPlainUtf8(bytes: Buffer): boolean {
  return !bytes.includes(0) && Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
}

/** Makes case `index` from the seeds: one to three mutations of a seed, sent by a method fitting the bytes. */
export function makeFuzzCase(seeds: readonly string[], random: Random): FuzzCase {
  let text = random.pick(seeds);
  const names: string[] = [];
  for (let n = random.int(1, 3); n > 0; n--) {
    const name = random.pick(Object.keys(TEXT_MUTATIONS));
    text = TEXT_MUTATIONS[name](text, random);
    names.push(name);
  }
  let body: Buffer = Buffer.from(text, 'utf8');
  if (random.chance(0.25)) {
    const name = random.pick(Object.keys(BYTE_MUTATIONS));
    body = BYTE_MUTATIONS[name](body, random);
    names.push(name);
  }
  const canGet = body.length < 4000 && isPlainUtf8(body);
  const method = canGet && random.chance(0.4) ? 'get' : random.chance(0.5) ? 'post-direct' : 'post-form';
  return { mutation: names.join(' + '), body, method };
}

/** Sends one case to the endpoint; resolves to the status (0 when the connection failed). */
export async function sendFuzzCase(endpoint: string, fuzzCase: FuzzCase): Promise<number> {
  const headers = { Accept: '*/*' };
  let response: Response;
  try {
    if (fuzzCase.method === 'get') {
      response = await fetch(`${endpoint}?query=${encodeURIComponent(fuzzCase.body.toString('utf8'))}`, { headers });
    } else if (fuzzCase.method === 'post-direct') {
      response = await fetch(endpoint, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/sparql-query' }, body: fuzzCase.body });
    } else {
      const form = Buffer.concat([Buffer.from('query='), Buffer.from(formEncode(fuzzCase.body))]);
      response = await fetch(endpoint, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' }, body: form });
    }
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Percent-encodes raw bytes for a form body (works for bytes that are not UTF-8). */
function formEncode(bytes: Buffer): string {
  let out = '';
  for (const byte of bytes) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9*._-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Statuses the endpoint may answer a hostile query with: success, refusals, limits, and the documented 503. */
export const ALLOWED_STATUSES = new Set([200, 400, 403, 406, 413, 415, 429, 503]);
