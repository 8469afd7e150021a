// describeOrganization: kinds and full names over every organisation of the dev corpus, the brief's
// examples, generic and destination bodies, and the unexpanded-abbreviation warning.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lookupDivision } from '../../src/extract/division-table.js';
import { jurisdictionOf } from '../../src/extract/jurisdiction.js';
import {
  describeOrganization,
  describeOrganizations,
  isDestinationBody,
  isGenericBody,
} from '../../src/extract/organizations.js';
import type { Jurisdiction, OrganizationKind } from '../../src/record/types.js';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/dev');

function jurisdiction(code: string): Jurisdiction {
  const division = lookupDivision(code);
  if (division === null) throw new Error(`no division ${code}`);
  return jurisdictionOf(division);
}

const tianning = jurisdiction('320402');
const jiangyin = jurisdiction('320281');

/** Every organisation of every gold file, checked by hand: [jurisdiction code, name, kind, fullName]. */
const CORPUS: Array<[string, string, OrganizationKind, string | null]> = [
  ['320411', '区科技局', 'government-body', '常州市新北区科学技术局'],
  ['320411', '区市场监管局', 'government-body', '常州市新北区市场监督管理局'],
  ['320411', '常州瑞晟精密机械有限公司', 'company', '常州瑞晟精密机械有限公司'],
  ['320411', '江苏华韵新材料科技有限公司', 'company', '江苏华韵新材料科技有限公司'],
  ['320411', '常州博泰电子科技有限公司', 'company', '常州博泰电子科技有限公司'],
  ['320411', '常州瑞晟精密机械有限公司数控加工班', 'company-unit', '常州瑞晟精密机械有限公司数控加工班'],
  ['320411', '常州康宁医疗器械有限公司灭菌班组', 'company-unit', '常州康宁医疗器械有限公司灭菌班组'],
  ['320411', '常州恒通轨道交通设备有限公司焊接一班', 'company-unit', '常州恒通轨道交通设备有限公司焊接一班'],
  ['320411', '江苏泽宇环保装备有限公司总装二组', 'company-unit', '江苏泽宇环保装备有限公司总装二组'],
  ['320411', '区教育局', 'government-body', '常州市新北区教育局'],
  ['320411', '区公安分局', 'government-body', '常州市公安局新北分局'],
  ['320404', '区住建局', 'government-body', '常州市钟楼区住房和城乡建设局'],
  ['320404', '区市场监管局', 'government-body', '常州市钟楼区市场监督管理局'],
  ['320404', '常州天和智能装备有限公司', 'company', '常州天和智能装备有限公司'],
  ['320404', '江苏博远光电科技有限公司', 'company', '江苏博远光电科技有限公司'],
  ['320404', '常州新昌纺织机械有限公司检测班', 'company-unit', '常州新昌纺织机械有限公司检测班'],
  ['320404', '常州钟晟汽车零部件有限公司精加工班组', 'company-unit', '常州钟晟汽车零部件有限公司精加工班组'],
  ['320404', '江苏鼎立建设工程有限公司项目一部', 'company-unit', '江苏鼎立建设工程有限公司项目一部'],
  ['320404', '区财政局', 'government-body', '常州市钟楼区财政局'],
  ['320404', '区水利局', 'government-body', '常州市钟楼区水利局'],
  ['320404', '区应急管理局', 'government-body', '常州市钟楼区应急管理局'],
  ['320412', '区农业农村局', 'government-body', '常州市武进区农业农村局'],
  ['320412', '区工信局', 'government-body', '常州市武进区工业和信息化局'],
  ['320412', '区发改局', 'government-body', '常州市武进区发展和改革局'],
  ['320412', '区司法局', 'government-body', '常州市武进区司法局'],
  ['320412', '区数据局', 'government-body', '常州市武进区数据局'],
  ['320281', '市住建局', 'government-body', '江阴市住房和城乡建设局'],
  ['320281', '市委政法委', 'government-body', '中共江阴市委政法委员会'],
  ['320281', '市发改委', 'government-body', '江阴市发展和改革委员会'],
  ['320281', '市城管局', 'government-body', '江阴市城市管理局'],
  ['320481', '市文体广旅局', 'government-body', '溧阳市文化体育广电和旅游局'],
  ['320481', '市发改委', 'government-body', '溧阳市发展和改革委员会'],
  ['320481', '市统计局', 'government-body', '溧阳市统计局'],
  ['320481', '市生态环境局', 'government-body', '常州市溧阳生态环境局'],
  ['320413', '区商务局', 'government-body', '常州市金坛区商务局'],
  ['320413', '茅山旅游度假区管委会', 'government-body', '茅山旅游度假区管理委员会'],
  ['320413', '区文体广电和旅游局', 'government-body', '常州市金坛区文体广电和旅游局'],
  ['320413', '金坛生态环境局', 'government-body', '常州市金坛生态环境局'],
  ['320413', '区城管局', 'government-body', '常州市金坛区城市管理局'],
  ['320213', '区住建局', 'government-body', '无锡市梁溪区住房和城乡建设局'],
  ['320213', '区发改委', 'government-body', '无锡市梁溪区发展和改革委员会'],
  ['320213', '区财政局', 'government-body', '无锡市梁溪区财政局'],
  ['320213', '区资规分局', 'government-body', '无锡市自然资源和规划局梁溪分局'],
  ['320213', '南长街道', 'government-body', '无锡市梁溪区南长街道办事处'],
  ['320213', '梁溪城发集团', 'company', null],
  ['440402', '区教育局', 'government-body', '珠海市香洲区教育局'],
  ['440402', '区财政局', 'government-body', '珠海市香洲区财政局'],
  ['440402', '区税务局', 'government-body', '国家税务总局珠海市香洲区税务局'],
  ['440402', '区商务局', 'government-body', '珠海市香洲区商务局'],
  ['320508', '区商务局', 'government-body', '苏州市姑苏区商务局'],
  ['320508', '区文体旅局', 'government-body', '苏州市姑苏区文化体育和旅游局'],
  ['320508', '姑苏公安分局', 'government-body', '苏州市公安局姑苏分局'],
  ['320508', '团区委', 'government-body', '共青团苏州市姑苏区委员会'],
  ['320508', '古城守护者志愿服务队', 'other', null],
  ['320508', '双塔街道银龄志愿服务队', 'other', null],
  ['320508', '吴门桥街道小巷管家志愿服务队', 'other', null],
  ['320583', '市市场监管局', 'government-body', '昆山市市场监督管理局'],
  ['320583', '好利精工(昆山)有限公司', 'company', '好利精工(昆山)有限公司'],
  ['320583', '昆山万丰精密模具有限公司', 'company', '昆山万丰精密模具有限公司'],
  ['320583', '江苏澄新电子材料有限公司', 'company', '江苏澄新电子材料有限公司'],
  ['320583', '昆山博瑞医疗器械有限公司', 'company', '昆山博瑞医疗器械有限公司'],
  ['320583', '昆山天启新能源科技有限公司', 'company', '昆山天启新能源科技有限公司'],
  ['320583', '昆山裕和食品有限公司', 'company', '昆山裕和食品有限公司'],
  ['320583', '市商务局', 'government-body', '昆山市商务局'],
  ['320583', '市政务办', 'government-body', '昆山市政务服务管理办公室'],
  ['320583', '市发改委', 'government-body', '昆山市发展和改革委员会'],
  ['320583', '国网昆山市供电公司', 'company', null],
  ['320506', '区科技局', 'government-body', '苏州市吴中区科学技术局'],
  ['320506', '区财政局', 'government-body', '苏州市吴中区财政局'],
  ['320506', '区发改委', 'government-body', '苏州市吴中区发展和改革委员会'],
  ['320506', '金庭镇', 'government-body', '苏州市吴中区金庭镇人民政府'],
  ['320506', '区林业站', 'government-body', '苏州市吴中区林业站'],
  ['320506', '区农业农村局', 'government-body', '苏州市吴中区农业农村局'],
  ['320506', '区政府办', 'government-body', '苏州市吴中区人民政府办公室'],
  ['320402', '区市场监管局', 'government-body', '常州市天宁区市场监督管理局'],
  ['320402', '江苏康进医疗器材有限公司', 'company', '江苏康进医疗器材有限公司'],
  ['320402', '常州曼淇威压力控制技术有限公司', 'company', '常州曼淇威压力控制技术有限公司'],
  ['320402', '常州亚玛顿股份有限公司', 'company', '常州亚玛顿股份有限公司'],
  ['320402', '常州进出口工业及消费品安全检测中心', 'other', '常州进出口工业及消费品安全检测中心'],
  ['320402', '江苏武进不锈股份有限公司', 'company', '江苏武进不锈股份有限公司'],
  ['320402', '常州四药制药有限公司环保班组', 'company-unit', '常州四药制药有限公司环保班组'],
  ['320402', '黑牡丹纺织有限公司后织乙班二工区', 'company-unit', '黑牡丹纺织有限公司后织乙班二工区'],
  ['320402', '常州昊天新材料科技有限公司技术中心', 'company-unit', '常州昊天新材料科技有限公司技术中心'],
  ['320402', '区工信局', 'government-body', '常州市天宁区工业和信息化局'],
  ['320402', '区司法局', 'government-body', '常州市天宁区司法局'],
];

describe('describeOrganization over the gold organisations', () => {
  const golds = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => JSON.parse(readFileSync(path.join(corpusDir, f), 'utf8')) as { jurisdiction: { code: string }; organizations: string[] });

  it('the table covers every organisation in every gold file', () => {
    const fromGold = golds.flatMap((g) => g.organizations.map((name) => `${g.jurisdiction.code} ${name}`));
    expect(CORPUS.map(([code, name]) => `${code} ${name}`)).toEqual(fromGold);
  });

  it.each(CORPUS)('%s %s → %s, %s', (code, name, kind, fullName) => {
    const org = describeOrganization(name, jurisdiction(code));
    expect(org.name).toBe(name);
    expect(org.kind).toBe(kind);
    expect(org.fullName).toBe(fullName);
  });

  it('expands every government body of the corpus without warnings', () => {
    for (const gold of golds) {
      const { warnings } = describeOrganizations(gold.organizations, jurisdiction(gold.jurisdiction.code));
      expect(warnings).toEqual([]);
    }
  });
});

describe('describeOrganization: the examples of the brief', () => {
  it.each([
    ['区工信局', tianning, '常州市天宁区工业和信息化局'],
    ['区市场监管局', tianning, '常州市天宁区市场监督管理局'],
    ['市住建局', jiangyin, '江阴市住房和城乡建设局'],
    ['区政府办', tianning, '常州市天宁区人民政府办公室'],
    ['团区委', tianning, '共青团常州市天宁区委员会'],
    ['区公安分局', tianning, '常州市公安局天宁分局'],
    ['市委政法委', jiangyin, '中共江阴市委政法委员会'],
    ['区委办', tianning, '中共常州市天宁区委办公室'],
    ['区纪委', tianning, '中共常州市天宁区纪律检查委员会'],
    ['市住建局', tianning, '常州市住房和城乡建设局'],
    ['常州市天宁区工业和信息化局', tianning, '常州市天宁区工业和信息化局'],
    ['常州市天宁区工信局', tianning, '常州市天宁区工业和信息化局'],
    ['天宁区科技局', jiangyin, '常州市天宁区科学技术局'],
    ['政府办', jiangyin, '江阴市人民政府办公室'],
    ['市生态环境局', jiangyin, '无锡市江阴生态环境局'],
  ])('%s → %s', (name, j, fullName) => {
    expect(describeOrganization(name, j)).toEqual({ name, fullName, kind: 'government-body' });
  });

  it('gives a company unit its parent company', () => {
    expect(describeOrganization('常州四药制药有限公司环保班组', tianning)).toEqual({
      name: '常州四药制药有限公司环保班组',
      fullName: '常州四药制药有限公司环保班组',
      kind: 'company-unit',
      parent: '常州四药制药有限公司',
    });
    expect(describeOrganization('某某集团有限公司研发中心', tianning).parent).toBe('某某集团有限公司');
    expect(describeOrganization('某某集团有限公司', tianning).kind).toBe('company');
  });
});

describe('describeOrganizations warnings', () => {
  it('warns once for a short name the table cannot expand', () => {
    const { organizations, warnings } = describeOrganizations(['区招商服务中心办', '区工信局', '区招商服务中心办'], tianning);
    expect(organizations.map((o) => [o.name, o.kind, o.fullName])).toEqual([
      ['区招商服务中心办', 'government-body', null],
      ['区工信局', 'government-body', '常州市天宁区工业和信息化局'],
    ]);
    expect(warnings).toEqual([{ code: 'unexpanded-abbreviation', message: 'no full name known for 区招商服务中心办' }]);
  });

  it('does not expand without a jurisdiction, and leaves the warning to unknown-division', () => {
    const { organizations, warnings } = describeOrganizations(['区工信局'], null);
    expect(organizations).toEqual([{ name: '区工信局', fullName: null, kind: 'government-body' }]);
    expect(warnings).toEqual([]);
  });

  it('does not attach 区 to a county-level city', () => {
    expect(describeOrganizations(['区工信局'], jiangyin).warnings.map((w) => w.code)).toEqual(['unexpanded-abbreviation']);
  });
});

describe('generic and destination bodies', () => {
  it.each(['各部门', '各街道', '相关街道', '有关单位', '各镇(街道)', '各镇（街道）', '区有关单位', '全区各有关部门', '各镇、街道'])(
    '%s is generic',
    (name) => expect(isGenericBody(name)).toBe(true),
  );
  it.each(['区工信局', '南长街道', '金庭镇', '有关部门负责同志会议纪要'])('%s is not generic', (name) => {
    expect(isGenericBody(name)).toBe(false);
  });
  it.each(['区委常委会', '区人大常委会', '区政府常务会议', '市委常委会会议', '区委常委会会议', '区长办公会议', '区政府'])(
    '%s is a destination',
    (name) => expect(isDestinationBody(name)).toBe(true),
  );
  it.each(['区政府办', '区委政法委', '区财政局', '团区委'])('%s is not a destination', (name) => {
    expect(isDestinationBody(name)).toBe(false);
  });
});
