// Reads the W3C SPARQL 1.1 test manifests (Turtle, mf:/qt: vocabulary) into plain test descriptions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DataFactory, Parser, Store as N3Store, type Term } from 'n3';

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const QT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-query#';
const DAWGT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** The W3C SPARQL 1.1 folder, next to the repository. */
export const SPARQL11_DIR = path.resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/w3c/sparql11');

/** One query evaluation or CSV result format test. */
export interface EvalTest {
  /** `folder/localName`, the key of known-failures.ts. */
  id: string;
  name: string;
  isApproved: boolean;
  isCsvTest: boolean;
  /** file: IRIs (the base IRI of each file is its own IRI). */
  query: string;
  data?: string;
  graphData: string[];
  result: string;
}

/** A parsed manifest: its graph and the manifest node. */
export interface Manifest {
  graph: N3Store;
  iri: string;
}

/** Parses one manifest with its own location as base IRI. */
export function readManifest(file: string): Manifest {
  const iri = pathToFileURL(file).href;
  const graph = new N3Store(new Parser({ baseIRI: iri }).parse(readFileSync(file, 'utf8')));
  return { graph, iri };
}

/** Items of an RDF list. */
export function listItems(graph: N3Store, head: Term | undefined): Term[] {
  const items: Term[] = [];
  for (let node = head; node && node.value !== `${RDF}nil`; node = graph.getObjects(node, `${RDF}rest`, null)[0]) {
    items.push(graph.getObjects(node, `${RDF}first`, null)[0]);
  }
  return items;
}

/** The value of a single-valued property. */
export function one(graph: N3Store, subject: Term, predicate: string): Term | undefined {
  return graph.getObjects(subject, predicate, null)[0];
}

/** The evaluation tests of one folder manifest, in `mf:entries` order. */
function evalTestsOf(file: string): EvalTest[] {
  const { graph, iri } = readManifest(file);
  const folder = path.basename(path.dirname(file));
  const entries = listItems(graph, one(graph, DataFactory.namedNode(iri), `${MF}entries`));
  return entries.flatMap((test) => {
    const type = one(graph, test, `${RDF}type`)?.value;
    if (type !== `${MF}QueryEvaluationTest` && type !== `${MF}CSVResultFormatTest`) return [];
    const action = one(graph, test, `${MF}action`)!;
    return [{
      id: `${folder}/${test.value.split('#').pop()}`,
      name: one(graph, test, `${MF}name`)?.value ?? test.value,
      isApproved: one(graph, test, `${DAWGT}approval`)?.value === `${DAWGT}Approved`,
      isCsvTest: type === `${MF}CSVResultFormatTest`,
      query: one(graph, action, `${QT}query`)!.value,
      data: one(graph, action, `${QT}data`)?.value,
      graphData: graph.getObjects(action, `${QT}graphData`, null).map((term) => term.value),
      result: one(graph, test, `${MF}result`)!.value,
    }];
  });
}

/** All evaluation tests reachable from the two top manifests (query and results). */
export function loadEvalTests(): EvalTest[] {
  const tops = ['manifest-sparql11-query.ttl', 'manifest-sparql11-results.ttl'];
  return tops.flatMap((top) => {
    const { graph, iri } = readManifest(path.join(SPARQL11_DIR, top));
    const manifest = DataFactory.namedNode(iri);
    return listItems(graph, one(graph, manifest, `${MF}include`)).flatMap((included) => evalTestsOf(fileURLToPath(included.value)));
  });
}
