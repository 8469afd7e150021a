// IRI minting: documented patterns, mint/parse twins round-trip, id ↔ doc, and nothing foreign parses.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_BASE, IriScheme, documentToThing, meetingFingerprint, mintSoftwareAgent, parseSoftwareAgent, thingToDocument,
  type MeetingKey, type ThingKey,
} from '../../src/rdf/iris.js';

const iris = new IriScheme();
const B = DEFAULT_BASE;
const seedMeeting: MeetingKey = { jurisdiction: '320402', date: '2021-01-23', kind: 'executive', term: null, session: 56, fingerprint: null };

describe('IriScheme patterns', () => {
  it('mints the documented shapes', () => {
    expect(iris.mintDivision({ jurisdiction: '320402' })).toBe(`${B}id/division/320402`);
    expect(iris.mintGovernment({ jurisdiction: '320402' })).toBe(`${B}id/org/320402/government`);
    expect(iris.mintDepartment({ jurisdiction: '320402', name: '区工信局' })).toBe(`${B}id/org/320402/${encodeURIComponent('区工信局')}`);
    expect(iris.mintCompanyUnit({ company: '常州四药制药有限公司', unit: '环保班组' })).toBe(
      `${B}id/org/company/${encodeURIComponent('常州四药制药有限公司')}/${encodeURIComponent('环保班组')}`,
    );
    expect(iris.mintPerson({ jurisdiction: null, name: '许小波' })).toBe(`${B}id/person/unknown/${encodeURIComponent('许小波')}`);
    const meeting = iris.mintMeeting({ meeting: seedMeeting });
    expect(meeting).toBe(`${B}id/meeting/320402/2021-01-23/executive-56`);
    expect(iris.mintMeeting({ meeting: { ...seedMeeting, term: 10, session: 32 } })).toBe(`${B}id/meeting/320402/2021-01-23/executive-t10-32`);
    expect(iris.mintAgendaItem({ meeting: seedMeeting, position: 2 })).toBe(`${meeting}/item/2`);
    expect(iris.mintResolution({ meeting: seedMeeting, position: 2, index: 1 })).toBe(`${meeting}/item/2/resolution/1`);
    expect(iris.mintAward({ meeting: seedMeeting, index: 3 })).toBe(`${meeting}/award/3`);
    expect(iris.mintMinutes({ meeting: seedMeeting })).toBe(`${meeting}/minutes`);
    expect(iris.mintExtraction({ meeting: seedMeeting })).toBe(`${meeting}/minutes/extraction`);
    expect(iris.mintEvidence({ subject: `${meeting}/award/3`, index: 1 })).toBe(`${meeting}/award/3/evidence/1`);
    expect(iris.mintGraph('seed-tianning-56')).toBe(`${B}graph/seed-tianning-56`);
    expect(mintSoftwareAgent('0.1.0')).toBe('https://w3id.org/jiyao/software/0.1.0');
  });

  it('writes a fingerprint when the session number is missing', () => {
    const fingerprint = meetingFingerprint('区政府专题会议', '2023-05-06');
    expect(fingerprint).toMatch(/^[0-9a-f]{8}$/);
    const key: MeetingKey = { ...seedMeeting, kind: 'special', session: null, fingerprint };
    expect(iris.mintMeeting({ meeting: key })).toBe(`${B}id/meeting/320402/2021-01-23/special-h${fingerprint}`);
    expect(meetingFingerprint('区政府专题会议', '2023-05-06')).toBe(fingerprint);
  });

  it('the same department on two pages gets the same IRI; a different base changes only the base', () => {
    expect(iris.mintDepartment({ jurisdiction: '320402', name: '区工信局' })).toBe(
      new IriScheme('http://localhost:3000').mintDepartment({ jurisdiction: '320402', name: '区工信局' }),
    );
    expect(new IriScheme('https://data.example.org/jiyao/').mintDivision({ jurisdiction: '320402' })).toBe(
      'https://data.example.org/jiyao/id/division/320402',
    );
  });

  it('escapes path-like names so they stay one segment', () => {
    const iri = iris.mintDocument({ jurisdiction: '320402', title: '关于A/B的报告' });
    expect(iri).toBe(`${B}id/document/320402/${encodeURIComponent('关于A/B的报告')}`);
    expect(iris.parseDocument(iri)).toEqual({ jurisdiction: '320402', title: '关于A/B的报告' });
    expect(iris.mintPost({ post: '..' })).toBe(`${B}id/post/%2E%2E`);
    expect(iris.parsePost(`${B}id/post/%2E%2E`)).toEqual({ post: '..' });
  });

  it('refuses keys it cannot write', () => {
    expect(() => iris.mintPerson({ jurisdiction: '320402', name: '' })).toThrow();
    expect(() => iris.mintAgendaItem({ meeting: seedMeeting, position: 0 })).toThrow();
    expect(() => iris.mintMeeting({ meeting: { ...seedMeeting, date: '23/01/2021' } })).toThrow();
    expect(() => new IriScheme('ftp://example.org/')).toThrow();
  });
});

const text = fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' });
const code = fc.option(fc.stringMatching(/^[0-9]{6}$/), { nil: null });
const meetingKey: fc.Arbitrary<MeetingKey> = fc
  .record({
    jurisdiction: code,
    date: fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
    kind: fc.constantFrom('executive', 'mayor-office', 'special', 'other') as fc.Arbitrary<MeetingKey['kind']>,
    term: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    session: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    fingerprint: fc.stringMatching(/^[0-9a-f]{8}$/),
  })
  .map((k) => ({ ...k, fingerprint: k.session === null ? k.fingerprint : null }));
const index = fc.integer({ min: 1, max: 99 });
const thingKey: fc.Arbitrary<ThingKey> = fc.oneof(
  code.map((jurisdiction) => ({ type: 'division' as const, jurisdiction })),
  code.map((jurisdiction) => ({ type: 'government' as const, jurisdiction })),
  fc.record({ jurisdiction: code, name: text }).filter((k) => k.name !== 'government').map((k) => ({ type: 'department' as const, ...k })),
  text.map((name) => ({ type: 'company' as const, name })),
  fc.record({ company: text, unit: text }).map((k) => ({ type: 'company-unit' as const, ...k })),
  fc.record({ jurisdiction: code, name: text }).map((k) => ({ type: 'person' as const, ...k })),
  fc.record({ jurisdiction: code, title: text }).map((k) => ({ type: 'document' as const, ...k })),
  text.map((post) => ({ type: 'post' as const, post })),
  fc.record({ jurisdiction: code, person: text, post: text }).map((k) => ({ type: 'membership' as const, ...k })),
  fc.record({ jurisdiction: code, name: text }).map((k) => ({ type: 'award-type' as const, ...k })),
  meetingKey.map((meeting) => ({ type: 'meeting' as const, meeting })),
  meetingKey.map((meeting) => ({ type: 'place' as const, meeting })),
  meetingKey.map((meeting) => ({ type: 'minutes' as const, meeting })),
  meetingKey.map((meeting) => ({ type: 'extraction' as const, meeting })),
  fc.record({ meeting: meetingKey, index }).map((k) => ({ type: 'warning' as const, ...k })),
  fc.record({ meeting: meetingKey, position: index }).map((k) => ({ type: 'agenda-item' as const, ...k })),
  fc.record({ meeting: meetingKey, position: index, index }).map((k) => ({ type: 'resolution' as const, ...k })),
  fc.record({ meeting: meetingKey, index }).map((k) => ({ type: 'award' as const, ...k })),
);

describe('mint/parse twins', () => {
  it('parseThing(mintThing(k)) is k for every kind of key', () => {
    fc.assert(fc.property(thingKey, (key) => { expect(iris.parseThing(iris.mintThing(key))).toEqual(key); }), { numRuns: 2000 });
  });

  it('evidence IRIs parse back to their subject and index', () => {
    fc.assert(
      fc.property(thingKey, index, (key, k) => {
        const subject = iris.mintThing(key);
        expect(iris.parseEvidence(iris.mintEvidence({ subject, index: k }))).toEqual({ subject, index: k });
      }),
    );
  });

  it('each typed parser accepts only its own kind', () => {
    const person = iris.mintPerson({ jurisdiction: '320402', name: '许小波' });
    expect(iris.parsePerson(person)).toEqual({ jurisdiction: '320402', name: '许小波' });
    expect(iris.parseDepartment(person)).toBeNull();
    expect(iris.parseMeeting(iris.mintAgendaItem({ meeting: seedMeeting, position: 1 }))).toBeNull();
    expect(iris.parseAgendaItem(iris.mintAgendaItem({ meeting: seedMeeting, position: 1 }))).toEqual({ meeting: seedMeeting, position: 1 });
  });

  it('foreign or malformed IRIs parse to null', () => {
    for (const iri of [
      'https://example.org/id/division/320402', `${B}id/`, `${B}id/division`, `${B}id/meeting/320402/2021-01-23/weekly-3`,
      `${B}id/meeting/320402/2021-01-23/executive-56/item/0`, `${B}id/person/320402/%E4`, `${B}id/person/320402/a%2fb`,
      `${B}doc/division/320402`, `${B}id/post/a/b`,
    ]) expect(iris.parseThing(iri)).toBeNull();
  });

  it('graph keys and software versions round-trip', () => {
    fc.assert(fc.property(text, (key) => { expect(iris.parseGraph(iris.mintGraph(key))).toBe(key); }));
    fc.assert(fc.property(text, (v) => { expect(parseSoftwareAgent(mintSoftwareAgent(v))).toBe(v); }));
    expect(iris.parseGraph(`${B}graph/a/b`)).toBeNull();
  });
});

describe('thing ↔ document', () => {
  it('maps id/ to doc/ and back, and refuses other IRIs', () => {
    const meeting = iris.mintMeeting({ meeting: seedMeeting });
    const doc = thingToDocument(meeting);
    expect(doc).toBe(`${B}doc/meeting/320402/2021-01-23/executive-56`);
    expect(documentToThing(doc!)).toBe(meeting);
    expect(thingToDocument('https://example.org/id/x')).toBeNull();
    expect(documentToThing(meeting)).toBeNull();
    expect(new IriScheme('https://d.example/').thingToDocument('https://d.example/id/division/320402')).toBe('https://d.example/doc/division/320402');
  });
});
