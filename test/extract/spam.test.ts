import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/extract/decode.js';
import { readHtml } from '../../src/extract/html.js';
import { MappedText } from '../../src/extract/mapped-text.js';
import { bodyOnlyPage, type PageText } from '../../src/extract/page-text.js';
import { readPlain } from '../../src/extract/plain.js';
import { readPage } from '../../src/extract/read-page.js';
import { cleanSpam, containsSpam, stripSpam } from '../../src/extract/spam.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/spam');
const fixture = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8');

/** A plain page from lines of text. */
const plainPage = (...lines: string[]): PageText => bodyOnlyPage(MappedText.fromSource(lines.join('\n')));

describe('cleanSpam: spam lines', () => {
  it('drops a keyword line and keeps only the brand as spam term', () => {
    const page = plainPage('太阳城娱乐官网_太阳城娱乐app下载_新用户注册就送58元', '区政府第3次常务会议纪要', '会议研究了防汛工作。');
    const { page: out, integrity, warnings } = cleanSpam(page, { placeName: '钟楼区' });
    expect(out.body.text).toBe('区政府第3次常务会议纪要\n会议研究了防汛工作。');
    expect(integrity.tampered).toBe(true);
    expect(integrity.spamTerms).toEqual(['太阳城娱乐官网', '太阳城娱乐app下载']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].code).toBe('spam-removed');
    expect(containsSpam(warnings[0].message, integrity.spamTerms)).toBe(false);
  });

  it('drops a link paragraph of keywords and promotions without reporting the promotion', () => {
    const page = plainPage('会议纪要如下:', '澳门赌场线上 真钱赌场 注册即送彩金', '一、会议审议了城市更新工作');
    const { page: out, integrity } = cleanSpam(page, { placeName: null });
    expect(out.body.text).toBe('会议纪要如下:\n一、会议审议了城市更新工作');
    expect(integrity.spamTerms).toEqual(['澳门赌场线上', '真钱赌场']);
  });
});

describe('cleanSpam: labelled link blocks', () => {
  it('drops a 友情链接 line of gambling keywords and addresses', () => {
    const page = plainPage('出席:张三、李四', '友情链接:新葡京娱乐场 官方网站 www.xpj.example', '区政府办公室');
    const { page: out, integrity } = cleanSpam(page, { placeName: null });
    expect(out.body.text).toBe('出席:张三、李四\n区政府办公室');
    expect(integrity.spamTerms).toEqual(['新葡京娱乐场']);
  });

  it('keeps a footer line with an address but no gambling word', () => {
    const page = plainPage('主办单位:天宁区人民政府 版权所有(C) gongdayong.com');
    expect(cleanSpam(page, { placeName: '天宁区' }).page.body).toBe(page.body);
  });
});

describe('cleanSpam: stuffed title, meta, headings, links', () => {
  const stuffed = (title: string): PageText => ({
    ...plainPage('澳门赌场线上_区政府第48次常务会议纪要', '会议审议了《关于加强街区管理的意见》'),
    isHtml: true,
    title: MappedText.fromSource(title, 100),
    headings: [MappedText.fromSource('澳门赌场线上_区政府第48次常务会议纪要', 200)],
    meta: new Map([
      ['keywords', MappedText.fromSource('澳门赌场线上,真钱赌场,网上赌场', 300)],
      ['description', MappedText.fromSource('澳门赌场线上官方网站,真钱赌场24小时在线', 400)],
      ['siteidcode', MappedText.fromSource('3205080001', 500)],
    ]),
  });

  it('keeps the genuine part of a stuffed title and strips a heading prefix', () => {
    const { page, integrity } = cleanSpam(stuffed('澳门赌场线上_真钱赌场_区政府第48次常务会议纪要'), { placeName: '姑苏区' });
    expect(page.title?.text).toBe('区政府第48次常务会议纪要');
    expect(page.title?.evidence().start).toBe(100 + '澳门赌场线上_真钱赌场_'.length);
    expect(page.headings.map((h) => h.text)).toEqual(['区政府第48次常务会议纪要']);
    expect(page.body.text.split('\n')[0]).toBe('区政府第48次常务会议纪要');
    expect([...page.meta.keys()]).toEqual(['siteidcode']);
    expect(integrity.spamTerms).toEqual(['澳门赌场线上', '真钱赌场', '网上赌场']);
  });

  it('turns a title made only of spam keywords into null and splits a stuffed description', () => {
    const page: PageText = {
      ...plainPage('市政府第42次常务会议纪要'),
      title: MappedText.fromSource('幸运彩票网_时时彩开户_北京赛车pk10官网'),
      meta: new Map([['description', MappedText.fromSource('幸运彩票网是国内领先的彩票平台,时时彩开户送38元', 50)]]),
    };
    const { page: out, integrity } = cleanSpam(page, { placeName: '溧阳市' });
    expect(out.title).toBeNull();
    expect(out.meta.size).toBe(0);
    expect(integrity.spamTerms).toEqual(['幸运彩票网', '时时彩开户', '北京赛车pk10官网', '彩票平台']);
  });

  it('cuts a spam keyword joined to the title by a dash', () => {
    const page: PageText = { ...plainPage('澳门现金赌场_区政府第56次常务会议纪要'), title: MappedText.fromSource('澳门赌场线上-区政府第48次常务会议纪要') };
    const { page: out, integrity } = cleanSpam(page, { placeName: null });
    expect(out.title?.text).toBe('区政府第48次常务会议纪要');
    expect(integrity.spamTerms).toEqual(['澳门现金赌场', '澳门赌场线上']);
  });

  it('removes an external gambling link from a line and from the links', () => {
    const body = MappedText.fromSource('会议强调,要加强监管。金沙娱乐注册\n出席:张三');
    const link = { text: body.slice(11, 17), href: 'https://js.example/' };
    const page: PageText = { ...bodyOnlyPage(body, true), links: [link, { text: body.slice(0, 2), href: '/zwgk/' }] };
    const { page: out } = cleanSpam(page, { placeName: null });
    expect(out.body.text).toBe('会议强调,要加强监管。\n出席:张三');
    expect(out.links.map((l) => l.text.text)).toEqual(['会议']);
  });
});

describe('cleanSpam: hidden blocks', () => {
  it('reports the keywords of a display:none link block and empties hidden texts', () => {
    const page = readHtml(fixture('hidden-block.html'));
    expect(page.hiddenTexts.length).toBeGreaterThan(0);
    const { page: out, integrity } = cleanSpam(page, { placeName: '天宁区' });
    expect(out.hiddenTexts).toEqual([]);
    expect(out.body).toBe(page.body);
    expect(integrity.tampered).toBe(true);
    expect(integrity.spamTerms).toEqual(['百家乐真人视讯', '老虎机平台']);
  });
});

describe('cleanSpam: tokens that replaced words', () => {
  it('restores 关于 for a token that replaced it only once', () => {
    const page = readPlain(fixture('replaced-once.txt'));
    const { page: out, integrity } = cleanSpam(page, { placeName: '新北区' });
    expect(out.body.text).toContain('会议审议了《关于加快推进智能制造的实施意见》');
    expect(out.body.text).not.toContain('新葡京');
    expect(integrity.spamTerms).toEqual(['新葡京娱乐']);
    expect(integrity.repairs.map((r) => [r.from, r.to])).toEqual([['新葡京娱乐', '关于']]);
  });

  it('maps the restored word to the source span of the token', () => {
    const source = '会议听取了区市场监管局太阳城娱乐2022年度质量奖评选情况的汇报。\n《太阳城娱乐2022年度预算报告》';
    const { page } = cleanSpam(bodyOnlyPage(MappedText.fromSource(source)), { placeName: null });
    const at = page.body.text.indexOf('关于');
    const ev = page.body.evidence(at, at + 2);
    expect(source.slice(ev.start, ev.end)).toBe('太阳城娱乐');
    expect(page.body.text).toBe('会议听取了区市场监管局关于2022年度质量奖评选情况的汇报。\n《关于2022年度预算报告》');
  });

  it('puts the place name back in site-owner slots, or empties them without one', () => {
    const lines = ['欢迎访问澳门现金赌场人民政府网站', '会议审议了《澳门现金赌场对全区质量工作的报告》', '澳门现金赌场人民政府办公室', '主办单位:澳门现金赌场人民政府'];
    const named = cleanSpam(plainPage(...lines), { placeName: '天宁区' }).page.body.text.split('\n');
    expect(named).toEqual(['欢迎访问天宁区人民政府网站', '会议审议了《关于对全区质量工作的报告》', '天宁区人民政府办公室', '主办单位:天宁区人民政府']);
    const unnamed = cleanSpam(plainPage(...lines), { placeName: null }).page.body.text.split('\n');
    expect(unnamed[0]).toBe('欢迎访问人民政府网站');
    expect(unnamed[1]).toBe('会议审议了《关于对全区质量工作的报告》');
  });

  it('does not repeat the level character the token left in place (X区人民政府)', () => {
    const out = cleanSpam(plainPage('欢迎访问太阳城娱乐区人民政府网站', '《太阳城娱乐加强安全生产的意见》'), { placeName: '天宁区' });
    expect(out.page.body.text).toBe('欢迎访问天宁区人民政府网站\n《关于加强安全生产的意见》');
  });

  it('grows a token over the characters all its occurrences share', () => {
    const { page, integrity } = cleanSpam(readPlain(fixture('grown-token.txt')), { placeName: '天宁区' });
    expect(integrity.spamTerms).toEqual(['金碧辉煌娱乐城']);
    expect(page.body.text).toContain('《关于促进民营经济发展的若干措施》');
    expect(page.body.text).toContain('区教育局关于秋季开学工作的汇报');
    expect(page.body.text).toContain('欢迎访问天宁区人民政府网站');
    expect(page.body.text).not.toMatch(/娱乐|金碧/);
  });
});

describe('cleanSpam: weak brand words', () => {
  it('finds a brand built on 娱乐 from its repeated places, one right after 《', () => {
    const page = plainPage(
      '一、会议审议了《金牛娱乐加快推进智能制造的实施意见》',
      '二、会议听取了区市场监管局金牛娱乐2022年度质量奖评选情况的汇报',
      '三、会议听取了区财政局金牛娱乐上半年预算执行情况的汇报',
      '会议要求,加强娱乐场所安全管理。',
    );
    const { page: out, integrity } = cleanSpam(page, { placeName: null });
    expect(integrity.spamTerms).toEqual(['金牛娱乐']);
    expect(out.body.text).toContain('《关于加快推进智能制造的实施意见》');
    expect(out.body.text).toContain('区财政局关于上半年预算执行情况');
    expect(out.body.text).toContain('加强娱乐场所安全管理');
  });

  it('does not take a repeated legitimate phrase for a brand', () => {
    const page = plainPage('会议审议了《彩票管理工作方案》', '会议要求加强彩票管理。', '要做好即开型彩票管理工作。');
    expect(cleanSpam(page, { placeName: null }).integrity.tampered).toBe(false);
  });
});

describe('cleanSpam: clean pages', () => {
  it('leaves legitimate mentions of 体育彩票, 娱乐场所, 打击跨境赌场 alone', () => {
    const page = readPlain(fixture('clean-lookalikes.txt'));
    const { page: out, integrity, warnings } = cleanSpam(page, { placeName: '天宁区' });
    expect(out.body).toBe(page.body);
    expect(integrity).toEqual({ tampered: false, spamTerms: [], repairs: [] });
    expect(warnings).toEqual([]);
  });

  it('keeps an ordinary title with a site name', () => {
    const page: PageText = { ...plainPage('区政府第56次常务会议纪要'), title: MappedText.fromSource('区政府第56次常务会议纪要_常州市天宁区人民政府') };
    const { page: out, integrity } = cleanSpam(page, { placeName: '天宁区' });
    expect(out.title).toBe(page.title);
    expect(integrity.tampered).toBe(false);
  });
});

describe('containsSpam / stripSpam', () => {
  const terms = ['澳门现金赌场', '北京赛车pk10'];

  it('finds spam terms with case and width folded', () => {
    expect(containsSpam('主办单位:澳门现金赌场人民政府', terms)).toBe(true);
    expect(containsSpam('北京赛车ＰＫ10', terms)).toBe(true);
    expect(containsSpam('天宁区人民政府', terms)).toBe(false);
    expect(containsSpam('太阳城娱乐', [])).toBe(false);
  });

  it('strips spam terms and gambling runs, trimming dangling separators', () => {
    expect(stripSpam('澳门现金赌场_区政府第56次常务会议纪要', terms)).toBe('区政府第56次常务会议纪要');
    expect(stripSpam('北京赛车pk10官网', terms)).toBe('');
    expect(stripSpam('新葡京娱乐官网 区政府', terms)).toBe('区政府');
    expect(stripSpam('区工信局', terms)).toBe('区工信局');
    expect(stripSpam('北京赛车ＰＫ10官网_区政府', terms)).toBe('区政府');
  });
});

describe('cleanSpam on the dev corpus', () => {
  const corpus = path.resolve(fixtures, '../../../../shared/corpus/dev');
  const pages = readdirSync(corpus).filter((f) => /\.(txt|html)$/.test(f)).sort();
  /** Scoring's containment match: a reported term contains a gold term or is contained in one. */
  const matches = (a: string, b: string): boolean => a.includes(b) || b.includes(a);

  it('finds all 13 pages', () => expect(pages).toHaveLength(13));

  it.each(pages)('%s', (file) => {
    const gold = JSON.parse(readFileSync(path.join(corpus, file.replace(/\.(txt|html)$/, '.gold.json')), 'utf8'));
    const page = readPage(decodePage(readFileSync(path.join(corpus, file))));
    const { page: out, integrity } = cleanSpam(page, { placeName: gold.jurisdiction?.name ?? null });
    const goldTerms: string[] = gold.integrity.spamTerms;
    expect(integrity.tampered).toBe(gold.integrity.tampered);
    for (const term of integrity.spamTerms) expect(goldTerms.some((g) => matches(term, g)), term).toBe(true);
    for (const term of goldTerms) expect(integrity.spamTerms.some((t) => matches(t, term)), term).toBe(true);
    const texts = [...out.body.text.split('\n'), out.title?.text ?? '', ...out.headings.map((h) => h.text), ...[...out.meta.values()].map((m) => m.text)];
    for (const term of goldTerms) expect(texts.filter((t) => t.includes(term)), term).toEqual([]);
    expect(out.hiddenTexts).toEqual([]);
    if (!gold.integrity.tampered) expect(out.body).toBe(page.body);
  });

  it('repairs the seed page', () => {
    const page = readPage(decodePage(readFileSync(path.join(corpus, 'seed-tianning-56.txt'))));
    const body = cleanSpam(page, { placeName: '天宁区' }).page.body.text;
    expect(body).toContain('《关于对全区质量工作专项督察情况的报告》');
    expect(body).toContain('天宁区关于鼓励企业省外员工留常过年的若干措施');
    expect(body).toContain('欢迎访问天宁区人民政府网站');
    expect(body).toContain('主办单位:天宁区人民政府');
  });
});
