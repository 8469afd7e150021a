// The disclosure metadata of the published minutes: 信息名称, 索引号, 发布机构, 产生/发布日期, or the
// issuing office and date printed under the masthead or at the end.

import type { MinutesDocument } from '../record/types.js';
import { findFullDate } from './dates.js';
import type { MappedText } from './mapped-text.js';
import { spacedLabel } from './patterns.js';

type Field = keyof MinutesDocument | 'source' | 'ignored';

/** Disclosure labels (padding allowed between characters: 索 引 号) and the field each fills. */
const LABELS: Array<[string, Field]> = [
  ['信息名称', 'title'], ['文件名称', 'title'], ['标题', 'title'], ['名称', 'title'],
  ['索引号', 'indexNumber'],
  ['发布机构', 'publisher'], ['发文机关', 'publisher'], ['信息来源', 'source'], ['来源', 'source'],
  ['产生日期', 'created'], ['生成日期', 'created'], ['成文日期', 'created'],
  ['发布日期', 'issued'], ['公开日期', 'issued'], ['发文日期', 'issued'], ['发布时间', 'issued'],
  ['主题分类', 'ignored'], ['体裁分类', 'ignored'], ['组配分类', 'ignored'], ['公开方式', 'ignored'],
  ['文件编号', 'ignored'], ['文号', 'ignored'], ['废止日期', 'ignored'], ['有效性', 'ignored'],
  ['浏览次数', 'ignored'], ['阅读次数', 'ignored'], ['浏览量', 'ignored'], ['访问量', 'ignored'],
  ['内容概述', 'ignored'], ['字号', 'ignored'], ['分享', 'ignored'],
];

const LABEL_PATTERN = new RegExp(
  `(${LABELS.map(([l]) => spacedLabel(l)).join('|')})[\\s\\u00a0\\u3000]*[:：]`,
  'g',
);

/** How every match of {@link LABEL_PATTERN} ends: a label's last character, then padding and a colon. */
const LABEL_END = new RegExp(`[${[...new Set(LABELS.map(([l]) => l.slice(-1)))].join('')}][\\s\\u00a0\\u3000]*[:：]`);

/** Sign-off: `常州市新北区人民政府办公室 2022年4月18日印发` or a date alone after the office line. */
const SIGN_OFF = /^(?:(\S{2,30}?(?:办公室|人民政府|政府办))[\s\u00a0\u3000]*)?([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)(?:印发|签发|整理|发布)?$/;
const OFFICE_LINE = /^(\S{2,30}?(?:办公室|政府办))(?:整理|印发)?$/;

/**
 * The labelled values of a page's lines, each line read at most once: the reference date (first 40
 * lines) and the document (lines before the opening) both ask for them.
 */
export class LabelledLines {
  private readonly perLine: Array<Array<[Field, string]>> = [];

  constructor(private readonly lines: readonly MappedText[]) {}

  /** Values of lines [0, end), the first value of each field winning. */
  valuesBefore(end: number): Map<Field, string> {
    const values = new Map<Field, string>();
    for (let i = 0; i < Math.min(end, this.lines.length); i++) {
      this.perLine[i] ??= valuesOfLine(this.lines[i]);
      for (const [field, value] of this.perLine[i]) if (!values.has(field)) values.set(field, value);
    }
    return values;
  }
}

/** The non-empty labelled values of one line, in order. */
function valuesOfLine(line: MappedText): Array<[Field, string]> {
  // Most lines hold no label's last character before a colon: they are skipped without the long pattern.
  if (!LABEL_END.test(line.text)) return [];
  const out: Array<[Field, string]> = [];
  const found = [...line.text.matchAll(LABEL_PATTERN)];
  found.forEach((m, k) => {
    const label = m[1].replace(/[\s\u00a0\u3000]/g, '');
    const field = LABELS.find(([l]) => l === label)?.[1] ?? 'ignored';
    const end = k + 1 < found.length ? found[k + 1].index : line.text.length;
    const value = line.text.slice(m.index + m[0].length, end).trim(); // trim() drops U+3000 and NBSP too
    if (value) out.push([field, value]);
  });
  return out;
}

/** The minutes document's fields, from labels, headings and the sign-off lines. */
export function extractMinutesDocument(
  lines: readonly MappedText[],
  openingIndex: number,
  headings: readonly string[],
  labelled: LabelledLines = new LabelledLines(lines),
): MinutesDocument {
  const head = openingIndex >= 0 ? lines.slice(0, openingIndex) : lines;
  const values = labelled.valuesBefore(head.length);
  const signOff = findSignOff(lines, openingIndex);
  const isoOf = (v: string | undefined) => (v ? (findFullDate(v)?.iso ?? null) : null);
  return {
    title: values.get('title') ?? pageHeading(head, headings),
    indexNumber: values.get('indexNumber')?.split(/[\s\u00a0\u3000]/)[0] ?? null,
    created: isoOf(values.get('created')) ?? signOff.date,
    issued: isoOf(values.get('issued')),
    publisher: values.get('publisher') ?? firstWord(values.get('source')) ?? signOff.office,
  };
}

function firstWord(value: string | undefined): string | null {
  return value ? (value.split(/[\s\u00a0\u3000]/)[0] || null) : null;
}

/** The heading that names the minutes: last line ending in 纪要 before the opening (not a breadcrumb). */
function pageHeading(head: readonly MappedText[], headings: readonly string[]): string | null {
  const fromHtml = headings.map((h) => h.trim()).filter((h) => /纪要$/.test(h));
  if (fromHtml.length > 0) return fromHtml[fromHtml.length - 1];
  // A news report's headline: 区政府召开2025年第3次常务会议
  const headline = headings.map((h) => h.trim()).find((h) => /会议/.test(h) && h.length < 80);
  if (headline) return headline;
  const candidates = head.map((l) => l.text.trim()).filter((t) => /纪要$/.test(t) && !/[>|｜»]/.test(t) && t.length < 80);
  return candidates.length > 0 ? candidates[candidates.length - 1] : null;
}

/** The issuing office and date printed under the masthead (before the opening) or at the end. */
function findSignOff(lines: readonly MappedText[], openingIndex: number): { office: string | null; date: string | null } {
  const order = [...lines.keys()];
  const before = order.filter((i) => i < openingIndex);
  const after = order.filter((i) => i > openingIndex).reverse();
  for (const i of [...before, ...after]) {
    const m = SIGN_OFF.exec(lines[i].text.trim());
    if (!m) continue;
    const previous = i > 0 ? OFFICE_LINE.exec(lines[i - 1].text.trim()) : null;
    return { office: m[1] ?? previous?.[1] ?? null, date: findFullDate(m[2])?.iso ?? null };
  }
  return { office: null, date: null };
}
