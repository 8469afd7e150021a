// Terms of VoID, DCAT, SPDX and vCard that only the dataset description uses (vocab/ holds the shared ones).

/** VoID terms beyond src/vocab's VOID. */
export const VOID_EXTRA = {
  entities: 'http://rdfs.org/ns/void#entities',
  classPartition: 'http://rdfs.org/ns/void#classPartition',
  propertyPartition: 'http://rdfs.org/ns/void#propertyPartition',
  class: 'http://rdfs.org/ns/void#class',
  property: 'http://rdfs.org/ns/void#property',
} as const;

/** DCAT terms beyond src/vocab's DCAT. */
export const DCAT_EXTRA = {
  contactPoint: 'http://www.w3.org/ns/dcat#contactPoint',
  byteSize: 'http://www.w3.org/ns/dcat#byteSize',
  compressFormat: 'http://www.w3.org/ns/dcat#compressFormat',
} as const;

/** SPDX checksum terms (as DCAT 3 recommends for dcat:Distribution). */
export const SPDX = {
  checksum: 'http://spdx.org/rdf/terms#checksum',
  Checksum: 'http://spdx.org/rdf/terms#Checksum',
  algorithm: 'http://spdx.org/rdf/terms#algorithm',
  checksumValue: 'http://spdx.org/rdf/terms#checksumValue',
  checksumAlgorithm_sha256: 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256',
} as const;

/** vCard terms for the contact point. */
export const VCARD = {
  Kind: 'http://www.w3.org/2006/vcard/ns#Kind',
  fn: 'http://www.w3.org/2006/vcard/ns#fn',
  hasEmail: 'http://www.w3.org/2006/vcard/ns#hasEmail',
  hasURL: 'http://www.w3.org/2006/vcard/ns#hasURL',
} as const;

/** DCMI terms beyond src/vocab's DCTERMS. */
export const DCTERMS_EXTRA = {
  description: 'http://purl.org/dc/terms/description',
  license: 'http://purl.org/dc/terms/license',
  modified: 'http://purl.org/dc/terms/modified',
} as const;

/** XSD datatypes beyond src/vocab's XSD. */
export const XSD_EXTRA = {
  dateTime: 'http://www.w3.org/2001/XMLSchema#dateTime',
  nonNegativeInteger: 'http://www.w3.org/2001/XMLSchema#nonNegativeInteger',
  hexBinary: 'http://www.w3.org/2001/XMLSchema#hexBinary',
} as const;

/** IANA media type registry, whose IRIs DCAT uses for dcat:mediaType and dcat:compressFormat. */
export const IANA_MEDIA_TYPES = 'http://www.iana.org/assignments/media-types/';

/** Prefixes written at the top of void.ttl. */
export const VOID_PREFIXES = {
  void: 'http://rdfs.org/ns/void#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dcterms: 'http://purl.org/dc/terms/',
  spdx: 'http://spdx.org/rdf/terms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;
