import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/extract/decode.js';
import { readPlain } from '../../src/extract/plain.js';
import { looksLikeHtml, readPage } from '../../src/extract/read-page.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/dev');
const fixtureDir = path.resolve(repoRoot, 'test/fixtures/pages');

describe('readPage', () => {
  const pages = readdirSync(corpusDir).filter((f) => /\.(txt|html)$/.test(f));
  it.each(pages)('%s is read as HTML exactly when it is an .html file', (name) => {
    const page = readPage(decodePage(readFileSync(path.join(corpusDir, name))));
    expect(page.isHtml).toBe(name.endsWith('.html'));
    expect(page.body.text).toMatch(/常务会议|常務會議|专题会议|区长办公会议/);
  });

  it('sniffs an HTML page after a byte-order mark without a doctype', () => {
    const page = readPage(decodePage(readFileSync(path.join(fixtureDir, 'utf8-bom-undeclared.html'))));
    expect(page.isHtml).toBe(true);
    expect(page.title?.text).toBe('区政府第3次常务会议纪要');
    expect(page.body.text).toBe('2021年4月6日上午，区长赵明在区政府会议室主持召开区政府第3次常务会议。\n出席：赵明、钱立新');
  });

  it('sniffs fragments with several tags, and not text with a stray angle bracket', () => {
    expect(looksLikeHtml('<div class="a"><p>会议</p><br></div>')).toBe(true);
    expect(looksLikeHtml('会议纪要\n一、会议听取了 a<b 的汇报')).toBe(false);
  });
});

describe('readPlain', () => {
  it('unifies CRLF line endings and keeps offsets into the source', () => {
    const source = decodePage(readFileSync(path.join(fixtureDir, 'gb18030-undeclared.txt'))).text;
    const page = readPlain(source);
    expect(page.body.text).not.toContain('\r');
    const lines = page.body.text.split('\n');
    expect(lines[1]).toBe('区政府第9次常务会议纪要');
    expect(lines[4]).toBe('　　出　席：刘　䶮　王　堃　陈晓东');
    const at = page.body.text.indexOf('刘　䶮　王');
    const ev = page.body.evidence(at, at + 5);
    expect(source.slice(ev.start, ev.end)).toBe('刘　䶮　王');
    const newline = page.body.text.indexOf('\n');
    expect(source.slice(page.body.starts[newline], page.body.ends[newline])).toBe('\r\n');
    expect(page).toMatchObject({ isHtml: false, title: null, headings: [], hiddenTexts: [], canonicalUrl: null });
  });
});
