// Attendance blocks: `出 席:许小波 郑   亚 …`, `列席人员:A、B`, `请　假:马建新（公务）`, `记 录:丁海兵`.

import type { Evidence } from '../record/types.js';
import type { MappedText } from './mapped-text.js';
import { ATTENDANCE_LABELS, LABEL_COLON, PERSON_NAME, spacedLabel, UNIT_ENDING } from './patterns.js';

export type AttendanceRole = (typeof ATTENDANCE_LABELS)[number]['role'];

export interface AttendanceBlock {
  role: AttendanceRole;
  names: string[];
  /** Units named in the block (`区住建局 顾晓峰` or a line of units under 参加). */
  units: string[];
  lineIndex: number;
  evidence: Evidence;
}

const LABEL_PATTERNS = ATTENDANCE_LABELS.map(({ label, role }) => ({
  role,
  pattern: new RegExp(`^${spacedLabel(label)}${LABEL_COLON}`),
}));

/** Whitespace that separates or pads names: ASCII space, NBSP, U+3000. */
const SPACE_RUN = /[\s\u00a0\u3000]+/;
/** Separators between list entries: 、 ， , ； ; */
const LIST_SEPARATOR = /[、，,；;]/;

/** First characters of the labels (each pattern is anchored there): most lines start otherwise and are answered at once. */
const LABEL_STARTS = new Set(ATTENDANCE_LABELS.map(({ label }) => label.charAt(0)));

/** The role of a labelled attendance line, or null. */
export function attendanceLabel(text: string): { role: AttendanceRole; rest: number } | null {
  if (!LABEL_STARTS.has(text.charAt(0))) return null;
  for (const { role, pattern } of LABEL_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { role, rest: m[0].length };
  }
  return null;
}

/** A second label on the same line: `出席：A、B；列席：C、D` (after a separator or padding). */
const INLINE_LABEL = /(?<=[；;。\s\u3000\u00a0])(?=(?:出[\s\u3000]*席|列[\s\u3000]*席|请[\s\u3000]*假|主[\s\u3000]*持|记[\s\u3000]*录|参[\s\u3000]*加)[^:：]{0,4}[:：])/g;

/** Splits lines that hold several labelled blocks, so each block starts a line. */
function splitInlineLabels(lines: readonly MappedText[]): MappedText[] {
  const out: MappedText[] = [];
  for (const line of lines) {
    if (!attendanceLabel(line.text)) {
      out.push(line);
      continue;
    }
    const cuts = [...line.text.matchAll(INLINE_LABEL)].map((m) => m.index);
    const bounds = [0, ...cuts, line.length];
    out.push(...bounds.slice(0, -1).map((start, k) => line.slice(start, bounds[k + 1]).trim()).filter((l) => l.length > 0));
  }
  return out;
}

/** Reads every attendance block in `lines` (continuation lines of names included). */
export function extractAttendance(allLines: readonly MappedText[]): AttendanceBlock[] {
  const lines = splitInlineLabels(allLines);
  const blocks: AttendanceBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = attendanceLabel(lines[i].text);
    if (!label) continue;
    let value = lines[i].text.slice(label.rest);
    let last = i;
    // A list broken by <br>: the next unlabelled line holding only names continues it.
    while (last + 1 < lines.length && !attendanceLabel(lines[last + 1].text) && isNameLine(lines[last + 1].text)) {
      last++;
      value += '　' + lines[last].text;
    }
    const parsed = parseNameList(value);
    // 参加:A、B / 区政府办、区发改委…主要负责同志 — a line of units under the list.
    if (last + 1 < lines.length && !attendanceLabel(lines[last + 1].text) && isUnitLine(lines[last + 1].text)) {
      parsed.units.push(...splitUnits(lines[last + 1].text));
    }
    const evidence = lines[i].evidence();
    if (last > i) evidence.end = lines[last].evidence().end;
    if (last > i) evidence.quote = lines.slice(i, last + 1).map((l) => l.text).join('\n');
    blocks.push({ role: label.role, ...parsed, lineIndex: i, evidence });
    i = last;
  }
  return blocks;
}

/** Splits a padded or separated list into names: `郑   亚 周登蓉 王 健` → 郑亚, 周登蓉, 王健. */
export function parseNameList(value: string): { names: string[]; units: string[] } {
  const names: string[] = [];
  const units: string[] = [];
  const cleaned = value.replace(/[（(][^）)]*[）)]/g, (m) => (/^[（(][\u4e00-\u9fff]{2,4}[）)]$/.test(m) && !/出差|公务|请假|病假|事假|开会|学习/.test(m) ? ` ${m.slice(1, -1)} ` : ' '));
  for (const entry of cleaned.split(LIST_SEPARATOR)) {
    const tokens = joinSingleCharacters(entry.split(SPACE_RUN).filter((t) => t.length > 0));
    for (const { token, isJoined } of tokens) {
      if (isJoined || isPersonName(token)) names.push(token);
      else if (token.length > 1) units.push(token);
    }
  }
  return { names, units };
}

/** In padded lists a single-character token is half of a two-character name: 王 健 → 王健. */
function joinSingleCharacters(tokens: string[]): Array<{ token: string; isJoined: boolean }> {
  const out: Array<{ token: string; isJoined: boolean }> = [];
  const isHan = (t: string) => /^[\u4e00-\u9fff]$/.test(t);
  for (let i = 0; i < tokens.length; i++) {
    if (isHan(tokens[i]) && i + 1 < tokens.length && isHan(tokens[i + 1])) {
      out.push({ token: tokens[i] + tokens[i + 1], isJoined: true });
      i++;
    } else {
      out.push({ token: tokens[i], isJoined: false });
    }
  }
  return out;
}

/** A person's name: 2–4 Han characters that do not end like a unit. */
export function isPersonName(token: string): boolean {
  return PERSON_NAME.test(token) && !UNIT_ENDING.test(token) && !/^(?:有关|相关|各|负责|主要)/.test(token);
}

function isNameLine(text: string): boolean {
  const { names, units } = parseNameList(text);
  return names.length > 0 && units.length === 0;
}

function isUnitLine(text: string): boolean {
  const units = splitUnits(text);
  return units.length > 0 && /负责同志|负责人|有关同志/.test(text);
}

function splitUnits(text: string): string[] {
  return text
    .replace(/(?:等)?(?:单位)?(?:主要|分管|有关)?负责(?:同志|人)$|有关同志$/, '')
    .split(/[、，,和及]/)
    .map((u) => u.trim())
    .filter((u) => u.length > 1 && UNIT_ENDING.test(u));
}
