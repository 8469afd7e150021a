import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/extract/decode.js';
import { readHtml } from '../../src/extract/html.js';
import type { MappedText } from '../../src/extract/mapped-text.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus/dev');
const fixtureDir = path.resolve(repoRoot, 'test/fixtures/pages');

function source(file: string): string {
  return decodePage(readFileSync(file)).text;
}
const corpus = (name: string) => source(path.join(corpusDir, name));
const lines = (t: MappedText) => t.text.split('\n');
const NBSP = '\u00a0';
const ideographs = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).join('');

/** Every character maps to itself, to an entity, to collapsed source white space, or (a separator) to nothing. */
function expectMapsBack(text: MappedText, src: string): void {
  for (let i = 0; i < text.length; i++) {
    const raw = src.slice(text.starts[i], text.ends[i]);
    const ch = text.text[i];
    if (raw === ch) continue;
    if (/^&#?\w+;?$/.test(raw)) continue;
    if (/^\s+$/.test(raw) && ch === ' ') continue;
    if (raw === '' && (ch === ' ' || ch === '\n')) continue;
    if (raw.length === 2 && raw === text.text.slice(i, i + 2)) continue; // surrogate pair
    if (raw.length === 2 && raw === text.text.slice(i - 1, i + 1)) continue;
    throw new Error(`char ${i} ${JSON.stringify(ch)} maps to ${JSON.stringify(raw)}`);
  }
}

describe('readHtml on dev-03 (entities, <br>, dl metadata, scripts)', () => {
  const src = corpus('dev-03-wujin-09.html');
  const page = readHtml(src);
  const body = lines(page.body);

  it('keeps the NBSPs of the attendance lines', () => {
    const n2 = NBSP.repeat(2);
    const n3 = NBSP.repeat(3);
    expect(body).toContain(`出${n2}席:钱立群${n2}冯志远${n2}杨${n3}帆${n2}韦春燕${n2}邹国强${n2}贺${n3}军`);
    expect(body).toContain(`列${n2}席:龚卫平${n2}夏晓东${n2}庄丽萍${n2}金${n3}涛${n2}汤明亮`);
  });

  it('continues the 列席 list on the line after <br>', () => {
    const i = body.findIndex((l) => l.startsWith(`列${NBSP}`));
    expect(body[i + 1]).toBe(`吕文斌${NBSP.repeat(2)}秦${NBSP.repeat(3)}雯${NBSP.repeat(2)}施国华`);
  });

  it('keeps dt and dd on one line separated by a space', () => {
    expect(body).toContain('信息名称: 区政府第9次常务会议纪要');
    expect(body).toContain(`索${NBSP}引${NBSP}号: 014133058/2022-00146 发布机构: 政府办`);
  });

  it('decodes &ldquo; and maps it to the entity', () => {
    const at = page.body.text.indexOf('“建管并重');
    expect(at).toBeGreaterThan(0);
    const ev = page.body.evidence(at, at + 1);
    expect(src.slice(ev.start, ev.end)).toBe('&ldquo;');
  });

  it('keeps script and style text out of the body and collects inline scripts', () => {
    expect(page.body.text).not.toContain('_hmt');
    expect(page.body.text).not.toContain('栏目访问统计');
    expect(page.scripts.some((s) => s.includes('var _hmt'))).toBe(true);
  });

  it('reads title, meta and headings', () => {
    expect(page.title?.text).toBe('区政府第9次常务会议纪要_政府常务会议_常州市武进区人民政府');
    expect(page.meta.get('siteidcode')?.text).toBe('3204120001');
    expect(page.meta.get('articletitle')?.text).toBe('区政府第9次常务会议纪要');
    expect(page.headings.map((h) => h.text)).toEqual(['区政府第9次常务会议纪要', '相关阅读']);
    const meta = page.meta.get('sitename') as MappedText;
    expect(src.slice(meta.evidence().start, meta.evidence().end)).toBe('常州市武进区人民政府');
  });

  it('lists visible links with their href', () => {
    expect(page.links).toContainEqual(expect.objectContaining({ href: '/a/147.html' }));
    expect(page.links.find((l) => l.href === '/a/147.html')?.text.text).toBe('区政府第10次常务会议纪要');
  });
});

describe('readHtml on the other corpus pages', () => {
  it('dev-05: the off-screen link block is hidden text, not body', () => {
    const page = readHtml(corpus('dev-05-liyang-42-gbk-spam.html'));
    expect(page.hiddenTexts.map((t) => t.text)).toEqual(['幸运彩票网 时时彩开户 北京赛车pk10']);
    expect(page.body.text).not.toContain('北京赛车');
    expect(page.links.map((l) => l.href)).not.toContain('http://xycp.example/');
    expect(lines(page.body)).toContain('列　席:狄志勇　於海燕　芮国强　宋　洁　毛晓辉');
    expect(page.imageAlts).toEqual(['溧阳市人民政府']);
    expect(page.headings.map((h) => h.text)).toEqual(['市政府第42次常务会议纪要']);
  });

  it('dev-10: the title is the stuffed title; the visible spam link stays in the body', () => {
    const page = readHtml(corpus('dev-10-gusu-48-spam.html'));
    expect(page.title?.text).toBe('澳门赌场线上_真钱赌场_区政府第48次常务会议纪要');
    expect(lines(page.body)).toContain('澳门赌场线上 真钱赌场 注册即送彩金');
    expect(lines(page.body)).toContain(`列${NBSP}席:屠国良、项雪芳、邵志杰、凤${NBSP}${NBSP}磊、巢文静`);
    expect(page.meta.get('keywords')?.text).toBe('澳门赌场线上,真钱赌场,网上赌场');
  });

  it('dev-11: the inline script keeps its site code; full-width indentation is kept', () => {
    const page = readHtml(corpus('dev-11-kunshan-66.html'));
    expect(page.scripts).toEqual(['var siteIdCode="3205830001";']);
    expect(lines(page.body)).toContain('　　出　　席:沈立新　周卫东　顾慧琴　陶建平　蔡　明');
  });

  it('dev-04: list items and the article_title div give lines and a heading', () => {
    const page = readHtml(corpus('dev-04-jiangyin-17-gbk.html'));
    expect(lines(page.body)).toContain('索引号:014213602/2021-01872');
    expect(page.headings.map((h) => h.text)).toEqual(['市政府第17次常务会议纪要']);
    expect(page.body.text).not.toContain('toLocaleDateString');
  });

  const htmlPages = readdirSync(corpusDir).filter((f) => f.endsWith('.html'));
  it.each(htmlPages)('%s: every body character maps back into the source', (name) => {
    const src = corpus(name);
    const page = readHtml(src);
    expectMapsBack(page.body, src);
    let previousEnd = 0;
    for (const line of page.body.split(/\n/g)) {
      const ev = line.evidence();
      expect(ev.start).toBeGreaterThanOrEqual(previousEnd);
      const raw = src.slice(ev.start, ev.end).replace(/<[^>]*>/g, '');
      expect(ideographs(raw)).toBe(ideographs(line.text));
      previousEnd = ev.end;
    }
  });
});

describe('readHtml on the hidden-spam fixture', () => {
  const src = source(path.join(fixtureDir, 'hidden-spam.html'));
  const page = readHtml(src);
  const body = lines(page.body);

  it('moves display:none and hidden-attribute blocks to hiddenTexts', () => {
    expect(page.hiddenTexts.map((t) => t.text)).toEqual(['真钱娱乐 注册送彩金', '隐藏段落']);
    expect(page.body.text).not.toMatch(/真钱|彩金|隐藏段落/);
    expect(page.links.map((l) => l.href)).not.toContain('http://spam.example/');
  });

  it('drops source line breaks: nothing next to CJK, one space between Latin words', () => {
    expect(body).toContain('2023年6月2日上午，区长王大明在区政府会议室主持召开区政府第11次常务会议，现将会议议定事项纪要如下：');
    expect(body).toContain('会议要求：按照“应保尽保”的原则 & the plan.');
  });

  it('reads the dl metadata, the <br> list, table cells and the heading', () => {
    expect(body).toContain(`索${NBSP}引${NBSP}号: 011111111/2023-00011 发布机构: 区政府办`);
    expect(body).toContain(`出${NBSP}${NBSP}席：王大明${NBSP}${NBSP}钱${NBSP}${NBSP}${NBSP}军`);
    expect(body).toContain('陈晓东');
    expect(body).toContain('主持： 王大明');
    expect(page.headings.map((h) => h.text)).toEqual(['区政府第11次常务会议纪要']);
  });

  it('keeps noscript, style and head out of the body and reads machine data', () => {
    expect(page.body.text).not.toMatch(/请启用脚本|color:red|siteIdCode/);
    expect(page.canonicalUrl).toBe('https://www.hexi.example/zwgk/11.html');
    expect(page.scripts).toEqual(['var siteIdCode = "3299990001";']);
    expect(page.title?.text).toBe('区政府第11次常务会议纪要_鹤溪区人民政府');
    expect(body[0]).toBe(`索${NBSP}引${NBSP}号: 011111111/2023-00011 发布机构: 区政府办`);
  });

  it('maps body and hidden text back into the source', () => {
    expectMapsBack(page.body, src);
    for (const t of page.hiddenTexts) expectMapsBack(t, src);
    const at = page.body.text.indexOf('王大明在');
    const ev = page.body.evidence(at - 2, at + 3);
    expect(src.slice(ev.start, ev.end)).toMatch(/^区长\s+王大明$/);
  });
});

describe('readHtml edge cases', () => {
  it('handles off-screen, font-size:0 and text-indent hiding, and unclosed tags', () => {
    const html =
      '<body><p>甲<span style="font-size:0">乙</span>丙<div style="text-indent:-9999px">丁</div><div style="visibility: hidden">戊</div><p>己<li>庚</body>';
    const page = readHtml(html);
    expect(page.body.text).toBe('甲丙\n己\n庚');
    expect(page.hiddenTexts.map((t) => t.text)).toEqual(['乙', '丁', '戊']);
  });

  it('maps a numeric entity and an astral character', () => {
    const html = '<p>&#x4e2d;&#128512;区</p>';
    const page = readHtml(html);
    expect(page.body.text).toBe('中😀区');
    expect(page.body.evidence(0, 1)).toEqual({ quote: '中', start: 3, end: 11 });
  });
});
