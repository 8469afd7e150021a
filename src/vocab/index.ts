// Public surface of the vocabulary module: jiyao terms and the standard vocabularies beside them.
export { JY, JY_NS, JY_ONTOLOGY, type JyTerm } from './jy.js';
export { RDF, RDFS, OWL, XSD, DCTERMS, FOAF, ORG, PROV, SKOS, SCHEMA, BESLUIT, ROV, VOID, DCAT, PREFIXES } from './namespaces.js';
