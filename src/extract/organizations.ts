// What an organisation named in minutes is (government body, company, unit of a company, other)
// and its full official name, expanded from short forms with the page's jurisdiction.

import type { ExtractionWarning, Jurisdiction, Organization } from '../record/types.js';
import { lookupDepartment, lookupPartyUnit } from './department-abbreviations.js';
import { coreName, findDivisionNames, findDivisionsByName, type Division } from './division-table.js';

/** The government a short name's prefix stands for: 区 → 常州市天宁区, 市 on a district page → 常州市. */
interface Owner {
  name: string;
  core: string;
  prefecture: string | null;
  isDistrict: boolean;
}

// A registered company name ends so: 常州亚玛顿股份有限公司, 好利精工(昆山)有限公司.
const REGISTERED_COMPANY = /(?:有限责任公司|有限公司)$/;
// Any company or group ending a name: 国网昆山市供电公司, 梁溪城发集团, 常州某某纺织厂.
const COMPANY_END = /(?:公司|集团|厂|银行|合作社)$/;
// Company words inside a name, for units after them: 常州四药制药有限公司|环保班组.
const COMPANY_WORD = /(?:有限责任公司|股份有限公司|有限公司|公司|集团)/g;
// Government bodies by ending: …局, …委, …委员会, …办, …办公室, …人民政府, 南长街道, 金庭镇, 茅山旅游度假区管委会.
const GOVERNMENT_END = /(?:局|委|委员会|办|办公室|政府|街道|街道办事处|镇|乡|管委会|管理委员会|人民法院|人民检察院)$/;
// A level prefix standing for the page's own government or its prefecture: 区工信局, 市委政法委, 县教育局.
const LEVEL_PREFIX = /^[区市县旗]/;
// 团区委 / 团市委 — the Communist Youth League committee of that level.
const YOUTH_LEAGUE = /^团([区市县旗])委$/;
// 区纪委 / 市纪委 — the party's discipline inspection commission of that level.
const DISCIPLINE = /^纪委$/;
// A street or town named bare: 南长街道, 金庭镇, 某某乡.
const STREET_OR_TOWN = /^[\u4e00-\u9fa5]{2,6}?(街道|镇|乡)$/;
// 管委会, short for 管理委员会: 茅山旅游度假区管委会.
const MANAGEMENT_COMMITTEE = /管委会$/;

/**
 * Generic bodies that are never organisations: 各部门, 各街道, 相关街道, 有关单位, 各镇(街道),
 * 区有关单位, 全区各有关部门, 各镇、街道.
 */
export function isGenericBody(name: string): boolean {
  // Brackets, enumeration marks and 和/及 do not change the meaning: 各镇(街道) → 各镇街道.
  const bare = name.replace(/[()（）、和及\s]/g, '');
  // Optional 全区/区/市, then 各/有关/相关, then only generic nouns: 区有关单位, 各镇街道, 各有关部门.
  return /^(?:全?[区市县])?(?:各有关|各相关|各|有关|相关)(?:部门|单位|街道|镇|乡|板块|园区|委办局|机关|企业|学校|社区|街镇|村)+$/.test(bare);
}

/**
 * Bodies that appear as destinations of next steps, not organisations (ANNOTATION_NOTES):
 * 区委常委会, 区人大常委会, 区政府常务会议, 市委常委会会议, 区长办公会议, 区委, 区政府.
 */
export function isDestinationBody(name: string): boolean {
  // 区委常委会(会议), 区人大常委会, 区政府常务会议, 市长办公会, 区委, 区政府 — a level, a body, optionally 会议.
  return /^(?:中共)?[区市县旗](?:委常委会|委|人大常委会|人大|政协|政府常务会议|政府常务会|政府|[区市县]?长办公会|政府专题会)(?:会议|议)?$/.test(name);
}

/**
 * Describes one organisation named in minutes. `fullName` is expanded with the jurisdiction and the
 * abbreviation table (区工信局 → 常州市天宁区工业和信息化局, 区公安分局 → 常州市公安局天宁分局,
 * 市委政法委 → 中共江阴市委政法委员会); an already full name is kept; a company keeps its registered
 * name; null when the table cannot expand it or the jurisdiction is unknown (see describeOrganizations
 * for the warning).
 */
export function describeOrganization(name: string, jurisdiction: Jurisdiction | null): Organization {
  const company = describeCompany(name);
  if (company !== null) return company;
  if (isGovernmentBody(name, jurisdiction)) {
    return { name, fullName: jurisdiction === null ? null : expandGovernmentName(name, jurisdiction), kind: 'government-body' };
  }
  return { name, fullName: startsWithPlaceName(name) ? name : null, kind: 'other' };
}

/**
 * Describes every organisation, in order, once each; a government body whose short name the table
 * cannot expand while the jurisdiction is known yields an 'unexpanded-abbreviation' warning.
 */
export function describeOrganizations(
  names: readonly string[],
  jurisdiction: Jurisdiction | null,
): { organizations: Organization[]; warnings: ExtractionWarning[] } {
  const organizations = [...new Set(names)].map((name) => describeOrganization(name, jurisdiction));
  const warnings: ExtractionWarning[] = organizations
    .filter((o) => o.kind === 'government-body' && o.fullName === null && jurisdiction !== null)
    .map((o) => ({ code: 'unexpanded-abbreviation', message: `no full name known for ${o.name}` }));
  return { organizations, warnings };
}

function describeCompany(name: string): Organization | null {
  if (COMPANY_END.test(name)) return { name, fullName: REGISTERED_COMPANY.test(name) ? name : null, kind: 'company' };
  let parentEnd = -1;
  for (const m of name.matchAll(COMPANY_WORD)) parentEnd = m.index + m[0].length;
  if (parentEnd <= 0 || parentEnd >= name.length) return null;
  return { name, fullName: name, kind: 'company-unit', parent: name.slice(0, parentEnd) };
}

function isGovernmentBody(name: string, jurisdiction: Jurisdiction | null): boolean {
  if (LEVEL_PREFIX.test(name) || YOUTH_LEAGUE.test(name) || GOVERNMENT_END.test(name)) return true;
  // A place of the page before a unit ending 局/委/办/站/所: 金坛生态环境局, 姑苏公安分局.
  return jurisdiction !== null && parseOwner(name, jurisdiction) !== null && /[局委办站所]$/.test(name);
}

/** Whether a name opens with a division name or a prefecture/province core (常州进出口…检测中心). */
function startsWithPlaceName(name: string): boolean {
  const first = findDivisionNames(name)[0];
  if (first !== undefined && first.start === 0) return true;
  const head = name.slice(0, 2);
  return findDivisionsByName(`${head}市`).some((d) => d.level === 'prefecture') || findDivisionsByName(`${head}省`).length > 0;
}

/** The full name of a government body, or null when its form is unknown. */
function expandGovernmentName(name: string, jurisdiction: Jurisdiction): string | null {
  const league = YOUTH_LEAGUE.exec(name);
  if (league !== null) {
    const owner = ownerForLevel(league[1], jurisdiction);
    return owner === null ? null : `共青团${owner.name}委员会`;
  }
  const street = STREET_OR_TOWN.exec(name);
  if (street !== null && parseOwner(name, jurisdiction) === null) {
    return `${jurisdiction.name}${name}${street[1] === '街道' ? '办事处' : '人民政府'}`;
  }
  if (MANAGEMENT_COMMITTEE.test(name) && !LEVEL_PREFIX.test(name)) return name.replace(MANAGEMENT_COMMITTEE, '管理委员会');
  const parsed = parseOwner(name, jurisdiction);
  if (parsed === null) return null;
  const expanded = expandUnit(parsed.owner, parsed.rest);
  // A name that opens with a full place name is already official when its unit is not in the table.
  return expanded ?? (parsed.isExplicit && parsed.rest.length > 0 ? name : null);
}

/** Owner + unit → full name by the unit's form; null when the unit is unknown or cannot attach there. */
function expandUnit(owner: Owner, rest: string): string | null {
  if (rest.startsWith('委')) {
    const unit = rest.slice(1);
    const party = unit === '' ? '员会' : lookupPartyUnit(unit);
    return party === null ? null : `中共${owner.name}委${party}`;
  }
  if (DISCIPLINE.test(rest)) return `中共${owner.name}纪律检查委员会`;
  const entry = lookupDepartment(rest);
  if (entry === null) return null;
  switch (entry.form) {
    case 'plain':
      return owner.name + entry.full;
    case 'branch':
      return owner.isDistrict && owner.prefecture !== null ? `${owner.prefecture}${entry.bureau}${owner.core}分局` : null;
    case 'dispatched':
      return owner.prefecture !== null && owner.prefecture !== owner.name ? `${owner.prefecture}${owner.core}${entry.full}` : owner.name + entry.full;
    case 'tax':
      return `国家税务总局${owner.name}${entry.full}`;
  }
}

/**
 * Splits a government name into its owner and the unit after it: 区工信局 → (常州市天宁区, 工信局);
 * 金坛生态环境局 → (常州市金坛区, 生态环境局); 常州市天宁区工业和信息化局 → explicit owner.
 */
function parseOwner(name: string, jurisdiction: Jurisdiction): { owner: Owner; rest: string; isExplicit: boolean } | null {
  const explicit = explicitOwner(name, jurisdiction);
  if (explicit !== null) return { ...explicit, isExplicit: true };
  const own = ownerOfJurisdiction(jurisdiction);
  const prefecture = prefectureOwner(jurisdiction);
  for (const owner of [own, prefecture]) {
    if (owner !== null && owner.core.length >= 2 && name.startsWith(owner.core)) {
      return { owner, rest: name.slice(owner.core.length), isExplicit: false };
    }
  }
  // A known unit with no prefix at all (政府办, 财政局) belongs to the page's own government.
  if (lookupDepartment(name) !== null) return { owner: own, rest: name, isExplicit: false };
  if (!LEVEL_PREFIX.test(name)) return null;
  const owner = ownerForLevel(name[0], jurisdiction);
  return owner === null ? null : { owner, rest: name.slice(1), isExplicit: false };
}

/** An owner written out at the start: 常州市天宁区…, 天宁区…, 江阴市…, 常州市…. */
function explicitOwner(name: string, jurisdiction: Jurisdiction): { owner: Owner; rest: string } | null {
  const matches = findDivisionNames(name);
  let end = 0;
  let division: Division | null = null;
  for (const m of matches) {
    if (m.start !== end) break;
    const candidates = findDivisionsByName(m.name).filter((d) => d.level !== 'province');
    const preferred = candidates.find((d) => d.cityName === division?.name || d.cityName === jurisdiction.prefecture);
    division = preferred ?? candidates[0] ?? division;
    end = m.end;
  }
  return division === null || end === name.length ? null : { owner: ownerOfDivision(division), rest: name.slice(end) };
}

function ownerOfDivision(d: Division): Owner {
  const isDistrict = d.level === 'county' && d.name.endsWith('区') && d.cityName !== null;
  const name = isDistrict && !d.name.startsWith(coreName(d.cityName ?? '')) ? `${d.cityName}${d.name}` : d.name;
  return { name, core: coreName(d.name), prefecture: d.level === 'prefecture' ? d.name : d.cityName, isDistrict };
}

function ownerOfJurisdiction(j: Jurisdiction): Owner {
  const shortName = j.shortName ?? j.name;
  const prefecture = j.prefecture ?? null;
  const isDistrict = shortName.endsWith('区') && prefecture !== null && prefecture !== shortName;
  return { name: j.name, core: coreName(shortName), prefecture, isDistrict };
}

function prefectureOwner(j: Jurisdiction): Owner | null {
  if (j.prefecture === undefined) return null;
  return { name: j.prefecture, core: coreName(j.prefecture), prefecture: j.prefecture, isDistrict: false };
}

/** 区/县 → the page's own government when it is of that level; 市 → the page's city or its prefecture. */
function ownerForLevel(level: string, j: Jurisdiction): Owner | null {
  const own = ownerOfJurisdiction(j);
  const ownLevel = (j.shortName ?? j.name).slice(-1);
  if (level === ownLevel) return own;
  if (level === '市') return prefectureOwner(j);
  return null;
}
