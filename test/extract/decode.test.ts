import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage, findDeclaredCharset, normaliseCharsetLabel } from '../../src/extract/decode.js';
import { ExtractionError } from '../../src/record/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/dev');
const fixtureDir = path.resolve(repoRoot, 'test/fixtures/pages');
const corpusPages = readdirSync(corpusDir).filter((f) => /\.(txt|html)$/.test(f));
const fixture = (name: string) => readFileSync(path.join(fixtureDir, name));

function errorCode(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ExtractionError);
    expect((e as Error).message).not.toMatch(/\n/);
    return (e as ExtractionError).code;
  }
  throw new Error('expected an ExtractionError');
}

describe('decodePage on the dev corpus', () => {
  it('has the 13 pages', () => expect(corpusPages).toHaveLength(13));

  it.each(corpusPages)('%s decodes with the right charset and no replacement characters', (name) => {
    const page = decodePage(readFileSync(path.join(corpusDir, name)));
    expect(page.charset).toBe(/^dev-0[45]-/.test(name) ? 'gb18030' : 'utf-8');
    expect(page.text).not.toContain('\ufffd');
    expect(page.text).toMatch(/常务会议|常務會議|专题会议|区长办公会议/);
    if (name.endsWith('.txt')) {
      expect(page.declaredCharset).toBeNull();
      expect(page.warnings.map((w) => w.code)).toEqual(['charset-guessed']);
    } else {
      expect(page.warnings).toEqual([]);
    }
  });

  it('reads dev-04, declared gb2312, as GB18030 so that the GBK-only 堃 survives', () => {
    const page = decodePage(readFileSync(path.join(corpusDir, 'dev-04-jiangyin-17-gbk.html')));
    expect(page.declaredCharset).toBe('gb2312');
    expect(page.charset).toBe('gb18030');
    expect(page.text).toContain('顾明辉、夏天宇、王堃、蒋春燕');
  });
});

describe('decodePage on the fixtures', () => {
  it('decodes a Big5 page that declares big5', () => {
    const page = decodePage(fixture('big5-traditional.html'));
    expect(page).toMatchObject({ charset: 'big5', declaredCharset: 'big5', warnings: [] });
    expect(page.text).toContain('區長劉國華在區行政中心會議室主持召開區政府第5次常務會議');
  });

  it('sees through a GBK page that declares utf-8', () => {
    const page = decodePage(fixture('gbk-declares-utf8.html'));
    expect(page.charset).toBe('gb18030');
    expect(page.declaredCharset).toBe('utf-8');
    expect(page.warnings.map((w) => w.code)).toEqual(['charset-mismatch']);
    expect(page.text).toContain('区长王堃在区政府第一会议室');
  });

  it('takes a UTF-8 byte-order mark as the charset and drops it', () => {
    const page = decodePage(fixture('utf8-bom-undeclared.html'));
    expect(page).toMatchObject({ charset: 'utf-8', declaredCharset: null, warnings: [] });
    expect(page.text.startsWith('<html>')).toBe(true);
  });

  it('detects undeclared GB18030, four-byte characters included', () => {
    const page = decodePage(fixture('gb18030-undeclared.txt'));
    expect(page.charset).toBe('gb18030');
    expect(page.warnings.map((w) => w.code)).toEqual(['charset-guessed']);
    expect(page.text).toContain('区长刘䶮在区行政中心会议室');
    expect(page.text).toContain('出　席：刘　䶮　王　堃　陈晓东');
  });

  it('tells undeclared Big5 from GBK, and sees through UTF-8 that declares gb2312', () => {
    const traditional = '區政府第5次常務會議紀要\n會議審議了《關於促進養老服務發展的實施意見》，會議認為要加快發展。';
    const big5 = decodePage(iconv.encode(traditional, 'big5'));
    expect(big5).toMatchObject({ text: traditional, charset: 'big5', declaredCharset: null });
    const simplified = '区政府第5次常务会议纪要\n会议审议了《关于促进养老服务发展的实施意见》，会议认为要加快发展。';
    expect(decodePage(iconv.encode(simplified, 'gbk'))).toMatchObject({ text: simplified, charset: 'gb18030' });
    const lying = decodePage(Buffer.from(`<meta charset="gb2312"><p>${simplified}</p>`, 'utf8'));
    expect(lying.charset).toBe('utf-8');
    expect(lying.warnings.map((w) => w.code)).toEqual(['charset-mismatch']);
    expect(lying.text).toContain(simplified);
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const text = '<p>区政府第3次常务会议纪要</p>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodePage(le)).toMatchObject({ text, charset: 'utf-16le' });
  });

  it('reads a pure ASCII page as UTF-8 without warnings', () => {
    const page = decodePage(Buffer.from('<html><body>minutes</body></html>'));
    expect(page).toMatchObject({ charset: 'utf-8', warnings: [] });
  });
});

describe('decodePage errors', () => {
  it('rejects empty and blank pages', () => {
    expect(errorCode(() => decodePage(new Uint8Array(0)))).toBe('empty');
    expect(errorCode(() => decodePage(Buffer.from(' \r\n\t  \n')))).toBe('empty');
    expect(errorCode(() => decodePage(Buffer.from('\u3000\u3000\n', 'utf8')))).toBe('empty');
  });

  it('checks the size before looking at the bytes', () => {
    expect(errorCode(() => decodePage(new Uint8Array(6 * 1024 * 1024)))).toBe('too-large');
    expect(errorCode(() => decodePage(Buffer.from('区政府第3次常务会议纪要'), { maxBytes: 10 }))).toBe('too-large');
  });

  it('rejects NUL bytes, control bytes and undecodable garbage as binary', () => {
    expect(errorCode(() => decodePage(Buffer.from('会议\u0000纪要')))).toBe('binary');
    expect(errorCode(() => decodePage(Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 65))))).toBe('binary');
    let seed = 42;
    const noise = Uint8Array.from({ length: 4000 }, () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 128) + 128);
    expect(errorCode(() => decodePage(noise))).toBe('binary');
  });

  it('rejects a UTF-8 byte-order mark followed by something else as unreadable', () => {
    expect(errorCode(() => decodePage(Buffer.from([0xef, 0xbb, 0xbf, 0xc4, 0xe3, 0xff, 0xfe])))).toBe('unreadable');
  });
});

describe('charset declarations', () => {
  it('finds <meta charset> and http-equiv declarations', () => {
    expect(findDeclaredCharset(Buffer.from('<meta charset="UTF-8">'))).toBe('utf-8');
    expect(findDeclaredCharset(Buffer.from('<META http-equiv="Content-Type" content="text/html; charset=GBK" />'))).toBe('gbk');
    expect(findDeclaredCharset(Buffer.from('<p>charset=gbk</p>'))).toBeNull();
  });

  it('maps labels to the decoders we have', () => {
    expect(['gb2312', 'GBK', 'gb18030', 'x-gbk'].map(normaliseCharsetLabel)).toEqual(Array(4).fill('gb18030'));
    expect(['big5', 'Big5-HKSCS'].map(normaliseCharsetLabel)).toEqual(['big5', 'big5']);
    expect(normaliseCharsetLabel('iso-8859-1')).toBeNull();
  });
});
