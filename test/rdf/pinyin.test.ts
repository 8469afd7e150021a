// Pinyin alternative names of persons: pinyinName's romanisation rules and the triple recordToQuads adds for 许小波.

import { describe, expect, it } from 'vitest';
import { Store } from 'n3';
import { PINYIN_LABEL, PINYIN_LANGUAGE, pinyinName } from '../../src/rdf/map-agents.js';
import { recordToQuads } from '../../src/rdf/map-record.js';
import { FOAF, JY, RDF, SKOS } from '../../src/vocab/index.js';
import { seedRecord } from './fixtures.js';

describe('pinyinName', () => {
  it('writes surname and given name as two capitalised words with tone marks', () => {
    expect(pinyinName('许小波')).toBe('Xǔ Xiǎobō');
    expect(pinyinName('郑亚')).toBe('Zhèng Yà');
  });

  it('uses surname readings and keeps compound surnames together', () => {
    expect(pinyinName('单雄信')).toBe('Shàn Xióngxìn');
    expect(pinyinName('曾国藩')).toBe('Zēng Guófān');
    expect(pinyinName('欧阳明华')).toBe('Ōuyáng Mínghuá');
  });

  it("writes the apostrophe before a syllable starting with a, o or e", () => {
    expect(pinyinName('李西安')).toBe("Lǐ Xī'ān");
  });

  it('gives nothing for text that is not a two-to-four-character Han name', () => {
    for (const name of ['许', 'Xu Xiaobo', '许小波同志们好', '阿布都·热合曼', '']) expect(pinyinName(name)).toBeNull();
  });
});

describe('persons in the published graph', () => {
  const store = new Store(recordToQuads(seedRecord(), { graph: 'seed-tianning-56', toolVersion: '0.1.0' }));
  const personNamed = (name: string) => store.getSubjects(FOAF.name, null, null)
    .filter((s) => store.getObjects(s, FOAF.name, null).some((o) => o.value === name))
    .filter((s) => store.has({ subject: s, predicate: { termType: 'NamedNode', value: RDF.type }, object: { termType: 'NamedNode', value: JY.Person } } as never));

  it('gives 许小波 the pinyin alternative name "Xǔ Xiǎobō"@zh-Latn-pinyin', () => {
    const [person] = personNamed('许小波');
    expect(person).toBeDefined();
    const names = store.getObjects(person, PINYIN_LABEL, null);
    expect(names.map((n) => [n.value, n.termType === 'Literal' ? n.language : ''])).toEqual([['Xǔ Xiǎobō', PINYIN_LANGUAGE.toLowerCase()]]);
  });

  it('every person with a Han name has exactly one pinyin name, and no skos:altLabel (the scorer reads those as names)', () => {
    const persons = store.getSubjects(RDF.type, JY.Person, null);
    expect(persons.length).toBeGreaterThan(20);
    for (const person of persons) {
      expect(store.getObjects(person, PINYIN_LABEL, null)).toHaveLength(1);
      expect(store.getObjects(person, SKOS.altLabel, null)).toHaveLength(0);
    }
  });
});
