// SHACL: the seed record's quads conform to ontology/shapes.ttl; broken data is reported with readable violations.

import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { recordToQuads } from '../../src/rdf/map-record.js';
import { validateShapes } from '../../src/rdf/validate.js';
import { JY, XSD } from '../../src/vocab/index.js';
import { seedRecord } from './fixtures.js';

const { quad, literal, namedNode } = DataFactory;
const options = { graph: 'seed-tianning-56', toolVersion: '0.1.0' };

describe('validateShapes', () => {
  it('the seed record conforms with no violations', async () => {
    const report = await validateShapes(recordToQuads(seedRecord(), options));
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
    const plain = await validateShapes(recordToQuads(seedRecord(), { ...options, fullNameLabels: false }));
    expect(plain.violations).toEqual([]);
  });

  it('a minimal record (no jurisdiction, no session, no items) conforms too', async () => {
    const record = seedRecord();
    record.jurisdiction = null;
    record.meeting!.sessionNumber = null;
    record.meeting!.chair = { name: '许小波', post: null };
    record.agendaItems = [];
    record.awards = [];
    record.organizations = [];
    record.minutes = { title: null, indexNumber: null, created: null, issued: null, publisher: null };
    record.integrity = { tampered: false, spamTerms: [], repairs: [] };
    const report = await validateShapes(recordToQuads(record, options));
    expect(report.violations).toEqual([]);
  });

  it('reports a second meeting kind, a non-integer position and a missing label', async () => {
    const quads = recordToQuads(seedRecord(), options);
    const meeting = quads.find((q) => q.predicate.value === JY.meetingKind)!.subject;
    const item = quads.find((q) => q.predicate.value === JY.position)!.subject;
    const broken = quads
      .filter((q) => !(q.subject.equals(item) && q.predicate.value === JY.position))
      .concat([
        quad(meeting, namedNode(JY.meetingKind), namedNode(JY.SpecialMeeting)),
        quad(item, namedNode(JY.position), literal('first', namedNode(XSD.string))),
        quad(namedNode('http://localhost:3000/id/person/320402/x'), namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode(JY.Person)),
      ]);
    const report = await validateShapes(broken);
    expect(report.conforms).toBe(false);
    const text = report.violations.join('\n');
    expect(text).toContain(JY.meetingKind);
    expect(text).toContain(JY.position);
    expect(text).toContain('http://localhost:3000/id/person/320402/x');
  });
});
