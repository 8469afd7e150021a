// Which government a page belongs to: its GB/T 2260 division, from 网站标识码, from the names the
// page gives its owner, or from an 索引号 that opens with a division code — in that order of authority.

import type { Evidence, ExtractionWarning, Jurisdiction } from '../record/types.js';
import { coreName, findDivisionNames, findDivisionsByName, lookupDivision, type Division } from './division-table.js';
import type { PageText } from './page-text.js';

/** The page's jurisdiction, or null with an 'unknown-division' warning. */
export interface JurisdictionResult {
  jurisdiction: Jurisdiction | null;
  warnings: ExtractionWarning[];
}

// 网站标识码:3204110001 (traditional 網站標識碼) — the site identifier; its first six digits are the GB/T 2260 code.
const SITE_CODE_LABEL = /[网網]站[标標][识識][码碼]\s*[:：]?\s*(\d{10})(?!\d)/;
// var siteIdCode="3205830001"; — the same identifier set by a script.
const SITE_CODE_SCRIPT = /siteIdCode\s*[=:]\s*["'](\d{10})["']/i;
// <meta name="SiteIDCode" content="3204120001"> — its content is the bare identifier.
const SITE_CODE_META = /^\s*(\d{10})\s*$/;
// 索 引 号:320402001/2021-00010 — an index number opening with a division code (most open with an
// organisation code instead, 014109162/2022-00031, which no province code starts with).
const INDEX_NUMBER = /索\s*引\s*号\s*[:：]?\s*(\d{6})/;
// 人民政府 / 政府 right after a division name: 常州市新北区人民政府, 香洲区政府办.
const GOVERNMENT_AFTER = /^(?:人民)?政府/;

/** How much a mention counts towards a division (see scoreMentions). */
const WEIGHT = { bare: 1, government: 3, qualified: 2, cityOnPage: 2, indexNumber: 3 } as const;

/**
 * Finds the government the page belongs to. The 网站标识码 code is authoritative even when the table
 * no longer has it (a district merged since): the code is kept and the name taken from the page.
 * Without it, division names on the page (checked against the table, weighed by 人民政府 after them
 * and by their city named on the page) decide, then a division code opening the 索引号. A name that
 * is not in the table is never taken on its own (spam may hide the site name: 欢迎访问澳门现金赌场人民政府网站).
 */
export function resolveJurisdiction(page: PageText): JurisdictionResult {
  const site = findSiteCode(page);
  if (site !== null) return fromSiteCode(site.code, page);
  const indexCode = findIndexCode(page);
  const named = resolveByNames(page, indexCode);
  if (named !== null) return { jurisdiction: jurisdictionOf(named), warnings: [] };
  const indexed = indexCode === null ? null : lookupDivision(indexCode);
  if (indexed !== null) return { jurisdiction: jurisdictionOf(indexed), warnings: [] };
  return { jurisdiction: null, warnings: [{ code: 'unknown-division', message: 'no GB/T 2260 division code or known division name found on the page' }] };
}

/** The gold naming convention: a district as prefecture + district (常州市天宁区), a county-level city or county as itself (江阴市). */
export function jurisdictionOf(division: Division): Jurisdiction {
  if (division.level !== 'county') {
    const prefecture = division.level === 'prefecture' ? { prefecture: division.name } : {};
    return { name: division.name, code: division.code, shortName: division.name, ...prefecture };
  }
  const city = division.cityName;
  const prefecture = city === null ? {} : { prefecture: city };
  return { name: districtName(division.name, city), code: division.code, shortName: division.name, ...prefecture };
}

/** 天宁区 in 常州市 → 常州市天宁区; 江阴市 → 江阴市; 苏州工业园区 (already opening with 苏州) stays. */
function districtName(shortName: string, city: string | null): string {
  if (city === null || !shortName.endsWith('区') || shortName.startsWith(coreName(city))) return shortName;
  return city + shortName;
}

function plausibleCode(siteCode: string): string | null {
  const code = siteCode.slice(0, 6);
  return lookupDivision(`${code.slice(0, 2)}0000`) === null ? null : code;
}

/** The six-digit code from 网站标识码 in the body, meta SiteIDCode or a script, or null. */
export function findSiteCode(page: PageText): { code: string; evidence?: Evidence } | null {
  const inBody = SITE_CODE_LABEL.exec(page.body.text);
  const bodyCode = inBody === null ? null : plausibleCode(inBody[1]);
  if (inBody !== null && bodyCode !== null) {
    const start = inBody.index + inBody[0].length - 10;
    return { code: bodyCode, evidence: page.body.evidence(start, start + 10) };
  }
  const meta = page.meta.get('siteidcode');
  const metaMatch = meta === undefined ? null : SITE_CODE_META.exec(meta.text);
  const metaCode = metaMatch === null ? null : plausibleCode(metaMatch[1]);
  if (meta !== undefined && metaCode !== null) return { code: metaCode, evidence: meta.evidence() };
  for (const script of page.scripts) {
    const m = SITE_CODE_SCRIPT.exec(script);
    const code = m === null ? null : plausibleCode(m[1]);
    if (code !== null) return { code };
  }
  return null;
}

function findIndexCode(page: PageText): string | null {
  const m = INDEX_NUMBER.exec(page.body.text);
  if (m === null) return null;
  const division = lookupDivision(m[1]);
  return division !== null && division.level !== 'province' ? m[1] : null;
}

function fromSiteCode(code: string, page: PageText): JurisdictionResult {
  const division = lookupDivision(code);
  if (division !== null) return { jurisdiction: jurisdictionOf(division), warnings: [] };
  const prefecture = lookupDivision(`${code.slice(0, 4)}00`);
  const shortName = nameForRetiredCode(page, prefecture);
  const city = prefecture === null ? {} : { prefecture: prefecture.name };
  if (shortName !== null) {
    return { jurisdiction: { name: districtName(shortName, prefecture?.name ?? null), code, shortName, ...city }, warnings: [] };
  }
  const message = `division code ${code} is not in the GB/T 2260 table and the page does not name it`;
  return { jurisdiction: { name: code, code, ...city }, warnings: [{ code: 'unknown-division', message }] };
}

/** Texts that may name the site owner: body, title, headings, meta sitename, image alts (never hidden texts). */
function ownerTexts(page: PageText): string[] {
  const texts = [page.body.text, page.title?.text ?? '', ...page.headings.map((h) => h.text)];
  const siteName = page.meta.get('sitename');
  if (siteName !== undefined) texts.push(siteName.text);
  return [...texts, ...page.imageAlts];
}

/**
 * The name of a division the table no longer has (戚墅堰区, merged 2015), confirmed on the page:
 * written after its prefecture (常州市戚墅堰区人民政府), or written alone before 人民政府 at least twice.
 */
function nameForRetiredCode(page: PageText, prefecture: Division | null): string | null {
  const text = ownerTexts(page).join('\n');
  if (prefecture !== null) {
    // 常州市戚墅堰区人民政府 — prefecture, then a name ending in 区/县/市/旗, then (人民)政府.
    const prefixed = new RegExp(`${prefecture.name}([\\u4e00-\\u9fa5]{1,8}?[区县市旗])(?:人民)?政府`).exec(text);
    if (prefixed !== null) return prefixed[1];
  }
  // 欢迎访问戚墅堰区人民政府网站 / 主办单位:戚墅堰区人民政府 — after a lead-in word or a non-Chinese character.
  const alone = /(?<=^|[^\u4e00-\u9fa5]|欢迎访问|欢迎来到|主办单位|承办单位|版权所有|主办|承办)([\u4e00-\u9fa5]{1,6}?[区县市旗])人民政府/g;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(alone)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const confirmed = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  return confirmed.length > 0 ? confirmed[0][0] : null;
}

/** The best-supported division named on the page, or null when none or when two tie (鼓楼区 with no city named). */
function resolveByNames(page: PageText, indexCode: string | null): Division | null {
  const texts = ownerTexts(page);
  const scores = scoreMentions(texts);
  const allText = texts.join('\n');
  const ranked = [...scores.values()].map(({ division, score }) => {
    const city = division.cityName;
    const cityBonus = city !== null && division.level === 'county' && allText.includes(coreName(city)) ? WEIGHT.cityOnPage : 0;
    const indexBonus = division.code === indexCode ? WEIGHT.indexNumber : 0;
    return { division, score: score + cityBonus + indexBonus };
  });
  ranked.sort((a, b) => b.score - a.score);
  if (ranked.length === 0) return null;
  if (ranked.length > 1 && ranked[1].score === ranked[0].score) return null;
  return ranked[0].division;
}

/**
 * Scores every division mentioned in the texts: a county-level name counts 1 bare (only with three
 * characters or more: 城区, 涉县 match inside words), 3 before 人民政府; +2 right after its own city
 * (常州市天宁区). A prefecture counts only before 人民政府 (常州市人民政府): on a district page it is
 * mostly the qualifier of the district.
 */
function scoreMentions(texts: string[]): Map<string, { division: Division; score: number }> {
  const scores = new Map<string, { division: Division; score: number }>();
  for (const text of texts) {
    const matches = findDivisionNames(text);
    matches.forEach((m, k) => {
      const isGovernment = GOVERNMENT_AFTER.test(text.slice(m.end, m.end + 4));
      const before = k > 0 && matches[k - 1].end === m.start ? matches[k - 1].name : null;
      for (const division of findDivisionsByName(m.name)) {
        if (division.level === 'province') continue;
        if (division.level === 'prefecture' && !isGovernment) continue;
        const isQualified = before !== null && (before === division.cityName || before === division.provinceName);
        if (m.name.length < 3 && !isGovernment && !isQualified) continue;
        const score = (isGovernment ? WEIGHT.government : WEIGHT.bare) + (isQualified ? WEIGHT.qualified : 0);
        const entry = scores.get(division.code) ?? { division, score: 0 };
        entry.score += score;
        scores.set(division.code, entry);
      }
    });
  }
  return scores;
}
