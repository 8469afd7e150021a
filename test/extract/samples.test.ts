// Whole-page extraction of the sample pages bundled in data/ (formats the shared corpus lacks).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMinutes } from '../../src/extract/index.js';

const dataDir = path.resolve(import.meta.dirname, '../../data');
const extract = (name: string) => extractMinutes(readFileSync(path.join(dataDir, name)), { fileName: name }).record;

describe('五届104次 county minutes with （一） items', () => {
  const r = extract('anji-5-104-term-session.txt');

  it('reads term, session, chair post and the disclosure block', () => {
    expect(r.jurisdiction).toMatchObject({ name: '安吉县', code: '330523' });
    expect(r.meeting).toMatchObject({
      title: '五届104次县政府常务会议', term: 5, sessionNumber: 104, date: '2024-09-06', partOfDay: 'morning',
      chair: { name: '章晓明', post: '县长' }, recorder: '裘佳宁',
      attendees: ['章晓明', '严峰', '卢志刚', '钟丽华', '潘建国'], nonVotingAttendees: ['沈洁', '邱国明', '傅晓燕', '孟志远'],
    });
    expect(r.minutes).toEqual({ title: '五届104次县政府常务会议纪要', indexNumber: '002592116/2024-00518', created: '2024-09-10', issued: '2024-09-12', publisher: '县政府办公室' });
  });

  it('reads （一） items, their resolutions and the award', () => {
    expect(r.agendaItems.map((i) => [i.position, i.action, i.resolutions.map((x) => x.type)])).toEqual([
      [1, 'deliberated', ['approved-in-principle']], [2, 'heard', ['requested']], [3, 'studied', ['decided']],
    ]);
    expect(r.agendaItems[0].resolutions[0]).toMatchObject({ proposedBy: '县经信局', nextStep: '以县政府名义印发' });
    expect(r.awards).toMatchObject([{ name: '安吉县县长质量奖', year: 2024, statedCount: 2, recipients: ['浙江竹韵家居有限公司', '安吉绿源茶业有限公司'], item: 3 }]);
    expect(r.organizations.find((o) => o.name === '县经信局')?.fullName).toBe('安吉县经济和信息化局');
  });
});

describe('news-style report of a 2025年第3次 meeting', () => {
  const r = extract('gulou-2025-3-news.html');

  it('takes the year from the page, the per-year session and prose attendees', () => {
    expect(r.meeting).toMatchObject({ title: '区政府2025年第3次常务会议', sessionNumber: 3, term: null, date: '2025-03-12', partOfDay: 'afternoon', chair: { name: '陈立新', post: '区长' }, attendees: ['赵明轩', '孙婉清', '韩志鹏'] });
    expect(r.minutes).toMatchObject({ title: '区政府召开2025年第3次常务会议', issued: '2025-03-13', publisher: '区政府办' });
    expect(r.source.url).toBe('https://www.njgl.gov.cn.example/zwgk/cwhy/2025/03/t20250313_3.html');
  });

  it('reads one item per 会议+verb paragraph and stops at 会议还研究了其他事项', () => {
    expect(r.agendaItems.map((i) => [i.action, i.documents, i.resolutions.map((x) => [x.type, x.proposedBy, x.nextStep])])).toEqual([
      ['heard', ['鼓楼区2025年城市更新项目计划'], [['approved-in-principle', '区住房城乡建设局', '按程序报区委常委会审议']]],
      ['deliberated', ['鼓楼区优化营商环境三年行动方案（2025—2027年）'], [['approved-in-principle', null, '以区政府名义印发']]],
      ['studied', [], [['requested', null, null]]],
    ]);
    expect(r.jurisdiction).toMatchObject({ name: '南京市鼓楼区', code: '320106' });
  });
});
