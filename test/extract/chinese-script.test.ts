import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  countPinyinAnnotations,
  isTraditionalPage,
  normaliseIfTraditional,
  stripPinyinAnnotations,
  toSimplifiedPage,
} from '../../src/extract/chinese-script.js';
import { decodePage } from '../../src/extract/decode.js';
import { MappedText } from '../../src/extract/mapped-text.js';
import { bodyOnlyPage } from '../../src/extract/page-text.js';
import { readPage } from '../../src/extract/read-page.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/dev');
const fixtureDir = path.resolve(repoRoot, 'test/fixtures/pages');
const load = (file: string) => {
  const decoded = decodePage(readFileSync(file));
  return { source: decoded.text, page: readPage(decoded) };
};
const plainPage = (text: string) => bodyOnlyPage(MappedText.fromSource(text));

describe('isTraditionalPage', () => {
  const pages = readdirSync(corpusDir).filter((f) => /\.(txt|html)$/.test(f));
  it.each(pages)('%s is traditional only if it is dev-06', (name) => {
    const { page } = load(path.join(corpusDir, name));
    expect(isTraditionalPage(page)).toBe(name.startsWith('dev-06-'));
  });

  it('keeps a simplified text with the surname 於 and a 繁體版 link simplified', () => {
    const page = plainPage('简体版 | 繁體版\n列席:狄志勇、於海燕、芮国强\n会议同意区商务局提出的方案。');
    expect(isTraditionalPage(page)).toBe(false);
    const result = normaliseIfTraditional(page);
    expect(result).toMatchObject({ isTraditional: false, warnings: [] });
    expect(result.page.body.text).toContain('於海燕');
  });

  it('finds the Big5 fixture traditional', () => {
    expect(isTraditionalPage(load(path.join(fixtureDir, 'big5-traditional.html')).page)).toBe(true);
  });
});

describe('toSimplifiedPage', () => {
  it('converts dev-06 keeping source offsets', () => {
    const { source, page } = load(path.join(corpusDir, 'dev-06-jintan-12-trad.txt'));
    const simple = toSimplifiedPage(page);
    const body = simple.body.text;
    expect(body).toContain('区政府第12次常务会议纪要');
    expect(body).toContain('区长蒋文涛在区行政中心1号楼五楼会议室主持召开区政府第12次常务会议');
    expect(body).toContain('完善创建台账');
    expect(body).toContain('金坛区关于加快新能源产业链招商的若干意见');
    const at = body.indexOf('蒋文涛');
    const ev = simple.body.evidence(at, at + 3);
    expect(ev.quote).toBe('蒋文涛');
    expect(source.slice(ev.start, ev.end)).toBe('蔣文濤');
  });

  it('converts every text of the Big5 HTML page', () => {
    const { page } = load(path.join(fixtureDir, 'big5-traditional.html'));
    expect(page.body.text).toContain('區長劉國華');
    const simple = toSimplifiedPage(page);
    expect(simple.title?.text).toBe('区政府第5次常务会议纪要 - 鹤溪区人民政府');
    expect(simple.headings.map((h) => h.text)).toEqual(['区政府第5次常务会议纪要']);
    expect(simple.body.text).toContain('区长刘国华在区行政中心会议室主持召开区政府第5次常务会议');
    expect(simple.body.text).toContain('《鹤溪区关于促进养老服务发展的实施意见》');
    expect(simple.body.text).toContain('会议认为，发展养老服务是重要民生工程');
    expect(simple.links.map((l) => l.text.text)).toEqual(['首页', '政务公开']);
  });

  it('maps the characters minutes depend on (區 會議 於 裡 台 爲)', () => {
    const simple = toSimplifiedPage(plainPage('區政府會議於會議室裡召開，臺賬與台州，認爲可行'));
    expect(simple.body.text).toBe('区政府会议于会议室里召开，台账与台州，认为可行');
  });
});

describe('stripPinyinAnnotations', () => {
  const strip = (s: string) => stripPinyinAnnotations(MappedText.fromSource(s)).text;

  it('removes tone-marked, tone-digit and full-width annotations after characters', () => {
    expect(strip('區(qū)政(zhèng)府(fǔ)')).toBe('區政府');
    expect(strip('会(hui4)议(yi4)')).toBe('会议');
    expect(strip('中(zhōng)心（xīn）')).toBe('中心');
    expect(strip('政(zheng)府(fu)')).toBe('政府');
  });

  it('leaves parentheses that are not pinyin alone', () => {
    for (const s of ['好利精工(昆山)有限公司', '汪国胜(出差)', '附件(an)', '有限公司(ltd)', 'A(ā)', '(yī)', '条款(1)']) {
      expect(strip(s)).toBe(s);
    }
  });

  it('keeps offsets of the characters it keeps', () => {
    const source = '區(qū)長(zhǎng)劉國華';
    const t = stripPinyinAnnotations(MappedText.fromSource(source));
    expect(t.text).toBe('區長劉國華');
    const ev = t.evidence(1, 2);
    expect(source.slice(ev.start, ev.end)).toBe('長');
  });
});

describe('normaliseIfTraditional', () => {
  it('converts the pinyin-annotated traditional mirror and warns', () => {
    const { source, page } = load(path.join(fixtureDir, 'traditional-pinyin-mirror.txt'));
    expect(countPinyinAnnotations(page.body.text)).toBeGreaterThan(20);
    const result = normaliseIfTraditional(page);
    expect(result.isTraditional).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['traditional-normalised']);
    const lines = result.page.body.text.split('\n');
    expect(lines[0]).toBe('区政府第5次常务会议纪要');
    expect(lines[2]).toBe('2023年3月9日上午，区长刘国华在区行政中心会议室主持召开区政府第5次常务会议。');
    expect(lines[3]).toBe('一、会议审议了《鹤溪区关于促进养老服务发展的实施意见》');
    const at = lines[0].indexOf('常');
    const ev = result.page.body.evidence(at, at + 1);
    expect(source.slice(ev.start, ev.end)).toBe('常');
  });

  it('returns dev-05 (simplified, with 於海燕) unchanged', () => {
    const { page } = load(path.join(corpusDir, 'dev-05-liyang-42-gbk-spam.html'));
    const result = normaliseIfTraditional(page);
    expect(result.page).toBe(page);
    expect(result.isTraditional).toBe(false);
  });
});
