// Public surface of the rdf module: record → quads, IRIs, serialisers, SHACL validation.
export { recordToQuads, meetingKeyOf, type RecordToQuadsOptions } from './map-record.js';
export {
  IriScheme, DEFAULT_BASE, SOFTWARE_NS, normaliseBase, meetingFingerprint, mintSoftwareAgent, parseSoftwareAgent,
  thingToDocument, documentToThing, type MeetingKey, type ThingKey, type KeyOf, type JurisdictionCode,
} from './iris.js';
export { toNTriples, toNQuads, toTurtle, toJsonLd, offlineDocumentLoader } from './serialize.js';
export { toRdfXml } from './rdf-xml.js';
export { validateShapes, type ShapeReport } from './validate.js';
export { sortQuads, compareQuads } from './canonical-order.js';
export { ONTOLOGY_DIR, CONTEXT_IRI, readOntologyFile, loadContext } from './ontology-files.js';
