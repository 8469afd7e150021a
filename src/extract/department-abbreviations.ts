// The hand-compiled table of short department names (工信局 → 工业和信息化局) used to expand
// organisation names; sources and method in docs/department-abbreviations.md.

/**
 * How a unit's full name is built from its owner (the government the 区/市/县 prefix stands for):
 * - `plain`: owner + full (常州市天宁区 + 工业和信息化局);
 * - `branch`: a 分局 of the prefecture's bureau, named after the district (常州市公安局天宁分局);
 * - `dispatched`: a bureau of the prefecture stationed in a county or district, named prefecture +
 *   place + bureau since the 2019 vertical reform of environment agencies (常州市金坛生态环境局);
 * - `tax`: a vertically managed tax bureau (国家税务总局珠海市香洲区税务局).
 */
export type UnitForm = 'plain' | 'branch' | 'dispatched' | 'tax';

/** One entry: the official unit name and how it joins its owner. */
export interface DepartmentEntry {
  full: string;
  form: UnitForm;
  /** For `branch`: the prefecture bureau the 分局 belongs to (公安局). */
  bureau?: string;
}

const plain = (full: string): DepartmentEntry => ({ full, form: 'plain' });

/** Government departments: short form (or the full name itself) → entry. */
const GOVERNMENT_UNITS = new Map<string, DepartmentEntry>([
  ['政府', plain('人民政府')],
  ['政府办', plain('人民政府办公室')],
  ['政府办公室', plain('人民政府办公室')],
  ['发改委', plain('发展和改革委员会')],
  ['发改局', plain('发展和改革局')], // districts that merged the commission into a bureau (武进区)
  ['工信局', plain('工业和信息化局')],
  ['经信局', plain('经济和信息化局')], // Zhejiang's name for the same department (安吉县经信局)
  ['经信委', plain('经济和信息化委员会')],
  ['科技局', plain('科学技术局')],
  ['教育局', plain('教育局')],
  ['公安局', plain('公安局')],
  ['公安分局', { full: '公安分局', form: 'branch', bureau: '公安局' }], // 区公安分局 → 常州市公安局天宁分局
  ['民政局', plain('民政局')],
  ['司法局', plain('司法局')],
  ['财政局', plain('财政局')],
  ['人社局', plain('人力资源和社会保障局')],
  ['资规局', plain('自然资源和规划局')], // Jiangsu merged 自然资源 and 规划 in 2019
  ['资规分局', { full: '自然资源和规划分局', form: 'branch', bureau: '自然资源和规划局' }], // 无锡市自然资源和规划局梁溪分局
  ['自然资源局', plain('自然资源局')],
  ['生态环境局', { full: '生态环境局', form: 'dispatched' }], // 金坛生态环境局 → 常州市金坛生态环境局
  ['住建局', plain('住房和城乡建设局')],
  ['住房城乡建设局', plain('住房和城乡建设局')], // the long short form some reports use (区住房城乡建设局)
  ['林业局', plain('林业局')],
  ['园林局', plain('园林局')],
  ['城管局', plain('城市管理局')],
  ['交通局', plain('交通运输局')],
  ['水利局', plain('水利局')],
  ['农业农村局', plain('农业农村局')],
  ['商务局', plain('商务局')],
  ['文旅局', plain('文化和旅游局')],
  ['文广旅局', plain('文化广电和旅游局')],
  ['文体旅局', plain('文化体育和旅游局')], // 苏州市姑苏区文体旅局
  ['文体广旅局', plain('文化体育广电和旅游局')], // 溧阳市文体广旅局
  ['文体广电和旅游局', plain('文体广电和旅游局')], // 常州市金坛区: this is the official name itself
  ['卫健委', plain('卫生健康委员会')],
  ['卫健局', plain('卫生健康局')],
  ['退役军人局', plain('退役军人事务局')],
  ['应急管理局', plain('应急管理局')],
  ['应急局', plain('应急管理局')],
  ['审计局', plain('审计局')],
  ['国资委', plain('国有资产监督管理委员会')],
  ['国资办', plain('国有资产监督管理办公室')],
  ['市场监管局', plain('市场监督管理局')],
  ['统计局', plain('统计局')],
  ['医保局', plain('医疗保障局')],
  ['信访局', plain('信访局')],
  ['数据局', plain('数据局')], // the 2023–2024 数据局 reform keeps the short name as the official one
  ['大数据局', plain('大数据管理局')],
  ['政务办', plain('政务服务管理办公室')], // Jiangsu's name for the administrative-services office
  ['行政审批局', plain('行政审批局')],
  ['机关事务局', plain('机关事务管理局')],
  ['民宗局', plain('民族宗教事务局')],
  ['税务局', { full: '税务局', form: 'tax' }], // 国家税务总局 + place + 税务局 since the 2018 tax merger
  ['林业站', plain('林业站')],
  ['人大常委会', plain('人民代表大会常务委员会')],
]);

/** Party bodies written after 区委/市委/县委: 市委政法委 → 中共江阴市委 + 政法委员会. */
const PARTY_UNITS = new Map<string, string>([
  ['办', '办公室'],
  ['办公室', '办公室'],
  ['组织部', '组织部'],
  ['宣传部', '宣传部'],
  ['统战部', '统一战线工作部'],
  ['政法委', '政法委员会'],
  ['编办', '机构编制委员会办公室'],
  ['网信办', '网络安全和信息化委员会办公室'],
  ['农办', '农村工作领导小组办公室'],
  ['政研室', '政策研究室'],
  ['巡察办', '巡察工作领导小组办公室'],
  ['常委会', '常务委员会'],
]);

/** Full names by themselves, so that an already full unit (工业和信息化局) is recognised. */
const BY_FULL_NAME = new Map([...GOVERNMENT_UNITS.values()].filter((e) => e.form === 'plain').map((e) => [e.full, e]));

/** The entry for a government unit written after its owner (工信局, 工业和信息化局), or null when unknown. */
export function lookupDepartment(unit: string): DepartmentEntry | null {
  return GOVERNMENT_UNITS.get(unit) ?? BY_FULL_NAME.get(unit) ?? null;
}

/** The full party unit for what follows 区委/市委 (政法委 → 政法委员会), or null when unknown. */
export function lookupPartyUnit(unit: string): string | null {
  return PARTY_UNITS.get(unit) ?? null;
}
