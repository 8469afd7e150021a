// W3C SPARQL 1.1 evaluation tests that fail through our endpoint, each with the reason. The list can only shrink:
// a listed test that passes fails the run (remove it), and an unlisted failure fails the run.
// Approved tests here: csv-tsv-res/tsv03 and functions/bnode01; the rest are Proposed or unapproved.

const NOT_ANALYSED = 'engine answer differs from the expected result; cause not analysed yet';
const ZERO_LENGTH_CONSTANT =
  'oxigraph 0.5 returns no zero-length path match for a constant absent from an empty dataset (unapproved, disputed test)';
const CAST = 'Proposed cast test: oxigraph\'s XSD cast results differ from the expected result set; not analysed yet';

/** Test id (`folder/localName`) → why it fails. */
export const KNOWN_FAILURES: Record<string, string> = {
  'csv-tsv-res/tsv03': 'oxigraph stores "-3"^^xsd:negativeInteger as a value and returns it typed xsd:integer',
  'functions/bnode01': 'oxigraph BNODE(str) gives the same blank node for the same string across solutions; ' +
    'SPARQL requires a fresh one per solution',
  'aggregates/agg-groupconcat-04': NOT_ANALYSED,
  'aggregates/agg-groupconcat-06': NOT_ANALYSED,
  'aggregates/agg-empty-group-count-graph': NOT_ANALYSED,
  'bindings/graph': NOT_ANALYSED,
  'negation/graph-minus': NOT_ANALYSED,
  'cast/cast-bool': CAST,
  'cast/cast-int': CAST,
  'cast/cast-float': CAST,
  'cast/cast-double': CAST,
  'cast/cast-decimal': CAST,
  'cast/cast-string': CAST,
  'property-path/zero_or_more_set_start': ZERO_LENGTH_CONSTANT,
  'property-path/zero_or_more_set_end': ZERO_LENGTH_CONSTANT,
  'property-path/zero_or_one_set_start': ZERO_LENGTH_CONSTANT,
  'property-path/zero_or_one_set_end': ZERO_LENGTH_CONSTANT,
};
