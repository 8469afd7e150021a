// Term constants for the standard vocabularies jiyao publishes beside its own (RDF, SKOS, ORG, PROV …).

/** RDF core terms. */
export const RDF = {
  /** rdf:type. */
  type: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
  /** rdf:Property. */
  Property: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property',
  /** rdf:langString, the datatype of language-tagged strings. */
  langString: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString',
} as const;

/** RDF Schema terms. */
export const RDFS = {
  /** rdfs:label, carried by every published resource in @zh-Hans. */
  label: 'http://www.w3.org/2000/01/rdf-schema#label',
  /** rdfs:comment. */
  comment: 'http://www.w3.org/2000/01/rdf-schema#comment',
} as const;

/** OWL terms. */
export const OWL = {
  /** owl:Ontology. */
  Ontology: 'http://www.w3.org/2002/07/owl#Ontology',
} as const;

/** XML Schema datatypes. */
export const XSD = {
  /** xsd:string. */
  string: 'http://www.w3.org/2001/XMLSchema#string',
  /** xsd:integer. */
  integer: 'http://www.w3.org/2001/XMLSchema#integer',
  /** xsd:date. */
  date: 'http://www.w3.org/2001/XMLSchema#date',
  /** xsd:boolean. */
  boolean: 'http://www.w3.org/2001/XMLSchema#boolean',
} as const;

/** DCMI Metadata Terms. */
export const DCTERMS = {
  /** dcterms:title. */
  title: 'http://purl.org/dc/terms/title',
  /** dcterms:date. */
  date: 'http://purl.org/dc/terms/date',
  /** dcterms:identifier (索引号). */
  identifier: 'http://purl.org/dc/terms/identifier',
  /** dcterms:created. */
  created: 'http://purl.org/dc/terms/created',
  /** dcterms:issued. */
  issued: 'http://purl.org/dc/terms/issued',
  /** dcterms:publisher. */
  publisher: 'http://purl.org/dc/terms/publisher',
  /** dcterms:license. */
  license: 'http://purl.org/dc/terms/license',
} as const;

/** FOAF terms. */
export const FOAF = {
  /** foaf:Person. */
  Person: 'http://xmlns.com/foaf/0.1/Person',
  /** foaf:Document. */
  Document: 'http://xmlns.com/foaf/0.1/Document',
  /** foaf:name. */
  name: 'http://xmlns.com/foaf/0.1/name',
} as const;

/** W3C Organization Ontology terms. */
export const ORG = {
  /** org:Organization. */
  Organization: 'http://www.w3.org/ns/org#Organization',
  /** org:FormalOrganization (government bodies). */
  FormalOrganization: 'http://www.w3.org/ns/org#FormalOrganization',
  /** org:OrganizationalUnit (a team inside a company). */
  OrganizationalUnit: 'http://www.w3.org/ns/org#OrganizationalUnit',
  /** org:subOrganizationOf (department → government). */
  subOrganizationOf: 'http://www.w3.org/ns/org#subOrganizationOf',
  /** org:unitOf (unit → company). */
  unitOf: 'http://www.w3.org/ns/org#unitOf',
  /** org:Membership. */
  Membership: 'http://www.w3.org/ns/org#Membership',
  /** org:member. */
  member: 'http://www.w3.org/ns/org#member',
  /** org:organization. */
  organization: 'http://www.w3.org/ns/org#organization',
  /** org:role. */
  role: 'http://www.w3.org/ns/org#role',
  /** org:Role. */
  Role: 'http://www.w3.org/ns/org#Role',
} as const;

/** PROV-O terms. */
export const PROV = {
  /** prov:Entity. */
  Entity: 'http://www.w3.org/ns/prov#Entity',
  /** prov:Activity. */
  Activity: 'http://www.w3.org/ns/prov#Activity',
  /** prov:SoftwareAgent. */
  SoftwareAgent: 'http://www.w3.org/ns/prov#SoftwareAgent',
  /** prov:Location. */
  Location: 'http://www.w3.org/ns/prov#Location',
  /** prov:wasDerivedFrom. */
  wasDerivedFrom: 'http://www.w3.org/ns/prov#wasDerivedFrom',
  /** prov:wasGeneratedBy. */
  wasGeneratedBy: 'http://www.w3.org/ns/prov#wasGeneratedBy',
  /** prov:used. */
  used: 'http://www.w3.org/ns/prov#used',
  /** prov:wasAssociatedWith. */
  wasAssociatedWith: 'http://www.w3.org/ns/prov#wasAssociatedWith',
  /** prov:atLocation. */
  atLocation: 'http://www.w3.org/ns/prov#atLocation',
} as const;

/** SKOS terms. */
export const SKOS = {
  /** skos:Concept. */
  Concept: 'http://www.w3.org/2004/02/skos/core#Concept',
  /** skos:ConceptScheme. */
  ConceptScheme: 'http://www.w3.org/2004/02/skos/core#ConceptScheme',
  /** skos:prefLabel. */
  prefLabel: 'http://www.w3.org/2004/02/skos/core#prefLabel',
  /** skos:altLabel. */
  altLabel: 'http://www.w3.org/2004/02/skos/core#altLabel',
  /** skos:notation. */
  notation: 'http://www.w3.org/2004/02/skos/core#notation',
  /** skos:inScheme. */
  inScheme: 'http://www.w3.org/2004/02/skos/core#inScheme',
} as const;

/** schema.org terms. */
export const SCHEMA = {
  /** schema:sha256 — the SHA-256 checksum of a file's bytes (hex). */
  sha256: 'https://schema.org/sha256',
  /** schema:Event. */
  Event: 'https://schema.org/Event',
  /** schema:AdministrativeArea. */
  AdministrativeArea: 'https://schema.org/AdministrativeArea',
  /** schema:attendee. */
  attendee: 'https://schema.org/attendee',
  /** schema:startDate. */
  startDate: 'https://schema.org/startDate',
  /** schema:organizer. */
  organizer: 'https://schema.org/organizer',
  /** schema:position. */
  position: 'https://schema.org/position',
  /** schema:location (a literal place name is allowed). */
  location: 'https://schema.org/location',
  /** schema:containedInPlace. */
  containedInPlace: 'https://schema.org/containedInPlace',
  /** schema:legalName (an organisation's official full name). */
  legalName: 'https://schema.org/legalName',
  /** schema:softwareVersion. */
  softwareVersion: 'https://schema.org/softwareVersion',
} as const;

/** Flemish decisions vocabulary (besluit). */
export const BESLUIT = {
  /** besluit:Zitting (a sitting). */
  Zitting: 'http://data.vlaanderen.be/ns/besluit#Zitting',
  /** besluit:Agendapunt (an agenda item). */
  Agendapunt: 'http://data.vlaanderen.be/ns/besluit#Agendapunt',
  /** besluit:Besluit (a decision). */
  Besluit: 'http://data.vlaanderen.be/ns/besluit#Besluit',
  /** besluit:heeftVoorzitter (chair). */
  heeftVoorzitter: 'http://data.vlaanderen.be/ns/besluit#heeftVoorzitter',
  /** besluit:heeftSecretaris (secretary). */
  heeftSecretaris: 'http://data.vlaanderen.be/ns/besluit#heeftSecretaris',
  /** besluit:behandelt (sitting → agenda item). */
  behandelt: 'http://data.vlaanderen.be/ns/besluit#behandelt',
} as const;

/** Registered Organization Vocabulary. */
export const ROV = {
  /** rov:RegisteredOrganization (companies). */
  RegisteredOrganization: 'http://www.w3.org/ns/regorg#RegisteredOrganization',
  /** rov:legalName. */
  legalName: 'http://www.w3.org/ns/regorg#legalName',
} as const;

/** VoID terms. */
export const VOID = {
  /** void:Dataset. */
  Dataset: 'http://rdfs.org/ns/void#Dataset',
  /** void:triples. */
  triples: 'http://rdfs.org/ns/void#triples',
  /** void:sparqlEndpoint. */
  sparqlEndpoint: 'http://rdfs.org/ns/void#sparqlEndpoint',
  /** void:dataDump. */
  dataDump: 'http://rdfs.org/ns/void#dataDump',
  /** void:uriSpace. */
  uriSpace: 'http://rdfs.org/ns/void#uriSpace',
  /** void:vocabulary. */
  vocabulary: 'http://rdfs.org/ns/void#vocabulary',
} as const;

/** DCAT terms. */
export const DCAT = {
  /** dcat:Dataset. */
  Dataset: 'http://www.w3.org/ns/dcat#Dataset',
  /** dcat:Distribution. */
  Distribution: 'http://www.w3.org/ns/dcat#Distribution',
  /** dcat:distribution. */
  distribution: 'http://www.w3.org/ns/dcat#distribution',
  /** dcat:downloadURL. */
  downloadURL: 'http://www.w3.org/ns/dcat#downloadURL',
  /** dcat:mediaType. */
  mediaType: 'http://www.w3.org/ns/dcat#mediaType',
} as const;

/** Prefix → namespace IRI, for Turtle output and the JSON-LD context. */
export const PREFIXES = {
  jy: 'https://w3id.org/jiyao/ontology#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcterms: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  org: 'http://www.w3.org/ns/org#',
  prov: 'http://www.w3.org/ns/prov#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'https://schema.org/',
  besluit: 'http://data.vlaanderen.be/ns/besluit#',
  rov: 'http://www.w3.org/ns/regorg#',
  void: 'http://rdfs.org/ns/void#',
  dcat: 'http://www.w3.org/ns/dcat#',
} as const;
