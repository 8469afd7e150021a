import { describe, expect, it } from 'vitest';
import { extractAttendance, parseNameList } from '../../src/extract/attendance.js';
import { MappedText } from '../../src/extract/mapped-text.js';

const NB = '\u00a0';
const lines = (...ls: string[]) => ls.map((l) => MappedText.fromSource(l));

describe('parseNameList', () => {
  it('re-joins padded two-character names, whatever the padding', () => {
    expect(parseNameList(`许小波${NB}郑${NB} ${NB}亚${NB}周登蓉${NB}王${NB}健${NB}徐${NB}婴`).names).toEqual(['许小波', '郑亚', '周登蓉', '王健', '徐婴']);
    expect(parseNameList('周振华　王　斌　李晓燕').names).toEqual(['周振华', '王斌', '李晓燕']);
  });

  it('splits 、-separated lists and strips inner padding', () => {
    expect(parseNameList(`屠国良、项雪芳、凤${NB}${NB}磊、巢文静`).names).toEqual(['屠国良', '项雪芳', '凤磊', '巢文静']);
  });

  it('keeps only the name of `unit name` and `unit(name)` entries', () => {
    const r = parseNameList('区住建局 顾晓峰,区发改委 尤建新,梁溪城发集团(钱敏)');
    expect(r.names).toEqual(['顾晓峰', '尤建新', '钱敏']);
    expect(r.units).toEqual(['区住建局', '区发改委', '梁溪城发集团']);
  });
});

describe('extractAttendance', () => {
  it('reads labelled blocks, excludes 请假, follows a list broken over two lines', () => {
    const blocks = extractAttendance(lines('出　席：周振华　王　斌', '请　假：马建新（公务）', '列  席:龚卫平  夏晓东', '吕文斌  秦   雯', '记　录：钱佳怡'));
    const by = (role: string) => blocks.filter((b) => b.role === role).flatMap((b) => b.names);
    expect(by('attendee')).toEqual(['周振华', '王斌']);
    expect(by('absent')).toEqual(['马建新']);
    expect(by('nonVoting')).toEqual(['龚卫平', '夏晓东', '吕文斌', '秦雯']);
    expect(by('recorder')).toEqual(['钱佳怡']);
  });

  it('splits several labelled blocks on one line', () => {
    const blocks = extractAttendance(lines('出席：周振华、王斌；列席：蒋立群、朱敏　记录：钱佳怡'));
    expect(blocks.map((b) => [b.role, b.names])).toEqual([['attendee', ['周振华', '王斌']], ['nonVoting', ['蒋立群', '朱敏']], ['recorder', ['钱佳怡']]]);
  });

  it('reads 出席会议: and 列席会议人员: labels', () => {
    const blocks = extractAttendance(lines('出席会议：周振华、王斌', '列席会议人员：蒋立群、朱敏'));
    expect(blocks.map((b) => [b.role, b.names])).toEqual([['attendee', ['周振华', '王斌']], ['nonVoting', ['蒋立群', '朱敏']]]);
  });

  it('does not take a line of units under 参加 as names, but keeps the units', () => {
    const [block] = extractAttendance(lines('参加:陆云飞、吕东明', '区政府办、区发改委、金庭镇主要负责同志', '记录:施嘉怡'));
    expect(block.names).toEqual(['陆云飞', '吕东明']);
    expect(block.units).toEqual(['区政府办', '区发改委', '金庭镇']);
  });

  it('gives evidence pointing into the source', () => {
    const source = '前言\n出 席:许小波 郑亚';
    const [block] = extractAttendance([MappedText.fromSource(source).slice(3)]);
    expect(source.slice(block.evidence.start, block.evidence.end)).toBe('出 席:许小波 郑亚');
  });
});
