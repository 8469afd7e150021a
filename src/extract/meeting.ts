// The meeting from the opening sentence: `2021年1月23日上午,区长许小波在…会议室,主持召开区政府第56次常务会议。`

import type { Chair, Meeting, MeetingKind, PartOfDay } from '../record/types.js';
import { findDate } from './dates.js';
import type { MappedText } from './mapped-text.js';
import { parseNumeral } from './numerals.js';
import { CHAIR_AFTER, CONVENE, LOCATION, PART_OF_DAY, POSTS, SESSION, TERM_SESSION, YEAR_SESSION } from './patterns.js';

/** The meeting fields the opening sentence gives (the rest — attendance, recorder — come from other lines). */
export interface OpeningFacts extends Pick<Meeting, 'title' | 'kind' | 'sessionNumber' | 'term' | 'date' | 'partOfDay' | 'location' | 'chair'> {
  lineIndex: number;
  /** The opening sentence (up to the first 。), for prose attendees and evidence. */
  sentence: MappedText;
  /** The whole opening line (prose attendees may follow the first sentence). */
  line: MappedText;
}

/** Lines that repeat the opening in the metadata block: `内容概述:2021年1月23日上午,…` */
const SUMMARY_LINE = /^(?:内容概述|内容摘要|摘要|概述)/;

/** Finds the opening sentence among the lines and reads the meeting from it; null if none. */
export function extractOpening(lines: readonly MappedText[], referenceDate: string | null): OpeningFacts | null {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (SUMMARY_LINE.test(text)) continue;
    const convene = CONVENE.exec(text);
    if (!convene || !/会议?$/.test(convene[1])) continue;
    const date = findDate(text.slice(0, convene.index), referenceDate);
    if (!date) continue;
    return readOpening(lines[i], i, date.iso, date.index + date.length, convene);
  }
  return null;
}

function readOpening(line: MappedText, lineIndex: number, date: string, afterDate: number, convene: RegExpExecArray): OpeningFacts {
  const stop = line.text.indexOf('。', convene.index);
  const sentence = line.slice(0, stop < 0 ? line.length : stop);
  const head = line.text.slice(afterDate, convene.index); // 上午,区长许小波在…会议室,
  const pod = PART_OF_DAY.exec(head);
  const title = convene[1].replace(/^了/, '').trim();
  const location = LOCATION.exec(head)?.[1]?.trim() ?? null;
  return {
    lineIndex,
    title,
    kind: meetingKind(title),
    ...sessionAndTerm(title),
    date,
    partOfDay: pod ? partOfDay(pod[1]) : null,
    location,
    chair: readChair(head.slice(pod ? pod[0].length : 0), location) ?? chairAfterVerb(line.text.slice(convene.index + convene[0].length)),
    sentence,
    line,
  };
}

/** 常务会议 executive; 区长/市长/县长办公会议 mayor-office; 专题会议 special. */
export function meetingKind(title: string): MeetingKind {
  if (/常务会议?$/.test(title)) return 'executive';
  if (/(?:区长|市长|县长|旗长|州长|镇长)办公会议?$/.test(title)) return 'mayor-office';
  if (/专题(?:工作)?会议?$/.test(title)) return 'special';
  return 'other';
}

/** 第56次 → 56; 十届三十二次 → term 10, session 32; 2025年第3次 → 3. */
export function sessionAndTerm(title: string): { sessionNumber: number | null; term: number | null } {
  const ts = TERM_SESSION.exec(title);
  if (ts) return { term: parseNumeral(ts[1]), sessionNumber: parseNumeral(ts[2]) };
  const ys = YEAR_SESSION.exec(title);
  if (ys) return { term: null, sessionNumber: parseNumeral(ys[1]) };
  const s = SESSION.exec(title);
  return { term: null, sessionNumber: s ? parseNumeral(s[1]) : null };
}

function partOfDay(word: string): PartOfDay | null {
  if (word === '上午' || word === '早上' || word === '早晨') return 'morning';
  if (word === '下午') return 'afternoon';
  if (word.startsWith('晚')) return 'evening';
  return null;
}

/** `…常务会议，区长许小波主持会议` / `会议由副区长华志勇主持`: a chair named after the meeting. */
function chairAfterVerb(rest: string): Chair | null {
  const m = CHAIR_AFTER.exec(rest.split('。')[0] ?? '');
  return m ? readChair(m[1], null) : null;
}

/** `区长许小波在…` / `,区长邵明远` / `区委副书记、区长林峻`: the post directly before the name. */
function readChair(head: string, location: string | null): Chair | null {
  let seg = location ? head.replace(`在${location}`, ' ') : head;
  seg = seg.split(/在/)[0];
  const parts = seg.split(/[，,、\s]+/).filter((p) => p.length > 0);
  const who = parts[parts.length - 1] ?? '';
  let best: { post: string; end: number } | null = null;
  for (const post of POSTS) {
    const at = who.lastIndexOf(post);
    if (at >= 0 && (!best || at + post.length > best.end)) best = { post, end: at + post.length };
  }
  const name = (best ? who.slice(best.end) : who).replace(/同志$/, '');
  if (!/^[\u4e00-\u9fff·]{2,4}$/.test(name) || /政府|会议|区|市/.test(name)) return null;
  return { name, post: best ? best.post : null };
}
