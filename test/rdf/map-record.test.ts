// recordToQuads: every SCORING.md read path gives the seed gold's value, labels everywhere, no spam leaks, stable output.

import { describe, expect, it } from 'vitest';
import { Store } from 'n3';
import { ExtractionError } from '../../src/record/types.js';
import { recordToQuads } from '../../src/rdf/map-record.js';
import { BESLUIT, JY, ORG, PROV, RDF, RDFS, ROV, SCHEMA, SKOS } from '../../src/vocab/index.js';
import { SEED_SPAM, seedRecord } from './fixtures.js';
import { norm, organizationLabels, readFacts } from './scoring-reader.js';

const options = { graph: 'seed-tianning-56', toolVersion: '0.1.0' };
const quads = recordToQuads(seedRecord(), options);
const store = new Store(quads);
const facts = readFacts(quads);
const has = (...f: unknown[]) => expect(facts).toContain(JSON.stringify(f));

/** The facts of shared/corpus/dev/seed-tianning-56.gold.json, as SCORING.md reads them. */
const GOLD = {
  attendees: ['许小波', '郑亚', '周登蓉', '管黎芳', '方力', '陈忠', '周彤', '杨琪'],
  nonVoting: ['郁国兴', '冯徐波', '李汉田', '周栋', '杨波', '侍育忠', '栾晓军', '罗志勇', '张科', '王静玉', '王健', '吴卓丹', '余苏阳', '徐婴', '李小利', '周律', '黄轶轩'],
  items: [
    [1, 'Heard', ['关于对全区质量工作专项督察情况的报告'], 'ApprovedInPrinciple', '区市场监管局', '提交区委常委会审议'],
    [2, 'Deliberated', [], 'Decided', null, null],
    [3, 'Deliberated', ['天宁区关于鼓励企业省外员工留常过年的若干措施'], 'ApprovedInPrinciple', '区工信局', '以区政府名义印发'],
    [4, 'Heard', ['关于法治政府建设工作报告'], 'ApprovedInPrinciple', '区司法局', null],
  ] as const,
  awards: [
    ['区长质量奖', 2020, 2, ['江苏康进医疗器材有限公司', '常州曼淇威压力控制技术有限公司']],
    ['区长标准化奖', 2020, 3, ['常州亚玛顿股份有限公司', '常州进出口工业及消费品安全检测中心', '江苏武进不锈股份有限公司']],
    ['质量管理先进班组', 2020, 3, ['常州四药制药有限公司环保班组', '黑牡丹纺织有限公司后织乙班二工区', '常州昊天新材料科技有限公司技术中心']],
  ] as const,
  organizations: ['区市场监管局', '江苏康进医疗器材有限公司', '常州曼淇威压力控制技术有限公司', '常州亚玛顿股份有限公司',
    '常州进出口工业及消费品安全检测中心', '江苏武进不锈股份有限公司', '常州四药制药有限公司环保班组',
    '黑牡丹纺织有限公司后织乙班二工区', '常州昊天新材料科技有限公司技术中心', '区工信局', '区司法局'],
};

function goldFacts(): Set<string> {
  const out = new Set<string>();
  const add = (...f: unknown[]) => out.add(JSON.stringify(f));
  add('session', 56); add('kind', 'ExecutiveMeeting'); add('date', '2021-01-23'); add('partOfDay', 'Morning');
  add('location', '天宁科技促进中心2306会议室'); add('division', '320402'); add('chair', '许小波'); add('chairPost', '区长');
  add('recorder', '丁海兵'); add('indexNumber', '01411499X/2021-00010'); add('created', '2021-02-03'); add('issued', '2021-02-04');
  add('tampered', true); add('spam', SEED_SPAM);
  GOLD.attendees.forEach((a) => add('attendee', a));
  GOLD.nonVoting.forEach((a) => add('nonVoting', a));
  for (const [p, action, docs, type, by, next] of GOLD.items) {
    add('item', p, action); add('resolution', p, type);
    for (const d of docs) { add('itemDoc', p, d); add('resDoc', p, d); }
    if (by) add('proposedBy', p, by);
    if (next) add('nextStep', p, next);
  }
  for (const [name, year, count, recipients] of GOLD.awards) {
    add('awardYear', name, year); add('awardCount', name, count);
    for (const r of recipients) add('award', name, r);
  }
  return out;
}

describe('recordToQuads — SCORING.md read paths', () => {
  it('recalls every gold fact of the seed page', () => {
    const missing = [...goldFacts()].filter((f) => !facts.has(f));
    expect(missing).toEqual([]);
  });

  it('reads nothing else except the full names of proposers whose short form is a label too', () => {
    const extra = [...facts].filter((f) => !goldFacts().has(f));
    expect(extra.sort()).toEqual([
      JSON.stringify(['proposedBy', 1, '常州市天宁区市场监督管理局']),
      JSON.stringify(['proposedBy', 3, '常州市天宁区工业和信息化局']),
    ]);
  });

  it('with fullNameLabels false, reads exactly the gold facts and keeps the full name as schema:legalName', () => {
    const plain = recordToQuads(seedRecord(), { ...options, fullNameLabels: false });
    expect([...readFacts(plain)].sort()).toEqual([...goldFacts()].sort());
    const s = new Store(plain);
    const dept = 'http://localhost:3000/id/org/320402/' + encodeURIComponent('常州市天宁区工业和信息化局');
    expect(s.getObjects(dept, SCHEMA.legalName, null).map((o) => o.value)).toEqual(['常州市天宁区工业和信息化局']);
    expect(s.getObjects(dept, RDFS.label, null).map((o) => o.value)).toEqual(['区工信局']);
  });

  it('spot-checks single paths', () => {
    has('chairPost', '区长');
    has('proposedBy', 3, '区工信局');
    has('award', '质量管理先进班组', '常州四药制药有限公司环保班组');
    has('tampered', true);
  });

  it('labels every gold organisation', () => {
    const labels = organizationLabels(quads);
    expect(GOLD.organizations.filter((o) => !labels.has(norm(o)))).toEqual([]);
  });

  it('an untampered page reads as tampered false', () => {
    const record = seedRecord();
    record.integrity = { tampered: false, spamTerms: [], repairs: [] };
    expect(readFacts(recordToQuads(record, options))).toContain(JSON.stringify(['tampered', false]));
  });
});

describe('recordToQuads — the graph', () => {
  it('puts every quad in the page graph', () => {
    expect(new Set(quads.map((q) => q.graph.value))).toEqual(new Set(['http://localhost:3000/graph/seed-tianning-56']));
  });

  it('gives every typed resource an rdfs:label in zh-Hans', () => {
    const unlabelled = store.getSubjects(RDF.type, null, null).filter(
      (s) => !store.getObjects(s, RDFS.label, null).some((l) => l.termType === 'Literal' && l.language === 'zh-hans'),
    );
    expect(unlabelled.map((s) => s.value)).toEqual([]);
  });

  it('leaks no spam term into any literal other than jy:spamTerm', () => {
    const leaks = quads.filter((q) => q.object.termType === 'Literal' && q.predicate.value !== JY.spamTerm && norm(q.object.value).includes(SEED_SPAM));
    expect(leaks).toEqual([]);
    expect(store.getObjects(null, JY.spamTerm, null).map((o) => o.value)).toEqual([SEED_SPAM]);
  });

  it('emits the standard terms beside the jy: ones', () => {
    const meeting = store.getSubjects(RDF.type, JY.Meeting, null)[0];
    const types = store.getObjects(meeting, RDF.type, null).map((t) => t.value);
    expect(types).toEqual(expect.arrayContaining([BESLUIT.Zitting, SCHEMA.Event]));
    const chair = store.getObjects(meeting, JY.chair, null)[0];
    expect(store.getObjects(meeting, BESLUIT.heeftVoorzitter, null)).toEqual([chair]);
    expect(store.getObjects(meeting, SCHEMA.attendee, null)).toHaveLength(25);
    expect(store.getObjects(meeting, SCHEMA.startDate, null).map((o) => o.value)).toEqual(['2021-01-23']);
    expect(store.getObjects(meeting, PROV.atLocation, null)).toHaveLength(1);
    const dept = 'http://localhost:3000/id/org/320402/' + encodeURIComponent('常州市天宁区工业和信息化局');
    expect(store.getObjects(dept, SKOS.altLabel, null).map((o) => o.value)).toEqual(['区工信局']);
    expect(store.getObjects(dept, ORG.subOrganizationOf, null).map((o) => o.value)).toEqual(['http://localhost:3000/id/org/320402/government']);
    const unit = store.getSubjects(RDFS.label, null, null).find((s) => store.getObjects(s, ORG.unitOf, null).length > 0)!;
    const company = store.getObjects(unit, ORG.unitOf, null)[0];
    expect(store.getObjects(company, RDF.type, null).map((t) => t.value)).toContain(ROV.RegisteredOrganization);
    expect(store.getObjects(company, ROV.legalName, null)).toHaveLength(1);
  });

  it('attaches evidence with quote and offsets to resolutions, awards and attendance', () => {
    const resolution = store.getSubjects(JY.resolutionType, JY.ApprovedInPrinciple, null)[0];
    const [ev] = store.getObjects(resolution, JY.evidence, null);
    expect(store.getObjects(ev, JY.start, null).map((o) => o.value)).toEqual(['602']);
    expect(store.getObjects(ev, JY.end, null).map((o) => o.value)).toEqual(['662']);
    expect(store.getObjects(null, JY.forProperty, null).map((o) => o.value)).toEqual(expect.arrayContaining([JY.attendee, JY.nonVotingAttendee, JY.recorder, JY.recipient]));
  });

  it('records provenance without wall-clock time', () => {
    const minutes = store.getSubjects(RDF.type, JY.Minutes, null)[0];
    expect(store.getObjects(minutes, PROV.wasDerivedFrom, null).map((o) => o.value)).toEqual([`urn:sha256:${'ab'.repeat(32)}`]);
    const [activity] = store.getObjects(minutes, PROV.wasGeneratedBy, null);
    expect(store.getObjects(activity, PROV.wasAssociatedWith, null).map((o) => o.value)).toEqual(['https://w3id.org/jiyao/software/0.1.0']);
    expect(quads.filter((q) => q.object.termType === 'Literal' && /dateTime/.test(q.object.datatype.value))).toEqual([]);
    const warnings = store.getObjects(activity, JY.warning, null);
    expect(warnings).toHaveLength(2);
    expect(store.getObjects(null, RDFS.comment, null).map((o) => o.value)).toEqual(['no full name for 区司法局']);
  });

  it('uses the URL as the source when known', () => {
    const record = seedRecord();
    record.source.url = 'http://www.tianning.gov.cn/html/tnq/2021/ABC.html';
    const s = new Store(recordToQuads(record, options));
    expect(s.getObjects(null, PROV.wasDerivedFrom, null).map((o) => o.value)).toEqual([record.source.url]);
  });

  it('is deterministic and keeps the same IRIs across pages of one district', () => {
    expect(recordToQuads(seedRecord(), options)).toEqual(quads);
    const other = seedRecord();
    other.meeting!.sessionNumber = 57;
    const otherSubjects = new Set(recordToQuads(other, { ...options, graph: 'p2' }).map((q) => q.subject.value));
    const dept = 'http://localhost:3000/id/org/320402/' + encodeURIComponent('常州市天宁区工业和信息化局');
    expect(otherSubjects.has(dept)).toBe(true);
    expect(otherSubjects.has('http://localhost:3000/id/person/320402/' + encodeURIComponent('许小波'))).toBe(true);
  });

  it('links an award to a new decided resolution when its item has none', () => {
    const record = seedRecord();
    record.agendaItems[1].resolutions = [];
    const f = readFacts(recordToQuads(record, options));
    expect(f).toContain(JSON.stringify(['award', '区长质量奖', '江苏康进医疗器材有限公司']));
    expect(f).toContain(JSON.stringify(['resolution', 2, 'Decided']));
  });

  it('maps person recipients to persons', () => {
    const record = seedRecord();
    record.awards = [{ name: '江阴市见义勇为先进个人', year: 2022, statedCount: 1, recipients: ['张三'], recipientKind: 'person', item: 2 }];
    const s = new Store(recordToQuads(record, options));
    const [recipient] = s.getObjects(null, JY.recipient, null);
    expect(s.getObjects(recipient, RDF.type, null).map((t) => t.value)).toContain(JY.Person);
  });

  it('refuses a record without a meeting with a typed error', () => {
    const record = seedRecord();
    record.meeting = null;
    expect(() => recordToQuads(record, options)).toThrow(ExtractionError);
  });
});
