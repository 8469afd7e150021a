// Word pools for synthetic minutes: people, companies, document titles, spam brands, Chinese numerals.

import type { Random } from './random.js';

/** Common Chinese surnames (single character). */
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
/** Characters common in given names. */
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红燕飞鹏辉建国峰志海波宁晓东雪梅立新文斌云春亮俊凯琳婷佳怡晨浩宇欣然嘉宏斌'];
/** Two-character brand names of companies (invented). */
const BRANDS = ['瑞晟', '华韵', '博泰', '恒通', '泽宇', '天和', '博远', '新昌', '鼎立', '康进', '万丰', '澄新', '裕和', '天启', '金诺', '宏达', '汇川', '中科', '海瑞', '亿源', '德润', '永鑫', '星辰', '嘉禾'];
/** What companies do. */
const TRADES = ['精密机械', '新材料科技', '电子科技', '医疗器械', '轨道交通设备', '环保装备', '智能装备', '光电科技', '纺织机械', '汽车零部件', '建设工程', '食品', '新能源科技', '生物医药'];
/** Subjects of policy documents. */
const TOPICS = ['支持生物医药产业集聚发展', '推进老旧小区宜居改造', '加快新能源产业链招商', '促进建筑业高质量发展', '推动文旅产业高质量发展', '加强历史文化街区业态管理', '支持外贸企业稳订单拓市场', '农村生活污水治理提质增效', '公共数据资源开发利用管理', '促进总部经济发展', '优化营商环境', '加强城市道路挖掘管理', '推进数字经济发展', '加强安全生产监管', '推进养老服务体系建设'];
/** Kinds of policy documents. */
const KINDS = ['若干政策', '实施方案', '若干措施', '实施意见', '管理办法', '暂行办法', '工作方案'];
/** Gambling brands seen injected into government sites (the lexicon of src/extract knows them). */
export const SPAM_BRANDS = ['太阳城娱乐', '澳门现金赌场', '幸运彩票网', '澳门赌场线上', '真钱赌场', '金沙娱乐', '新葡京', '北京赛车pk10'];

/** A person's name of exactly `length` characters (at least 2), not in `taken` (which it joins). */
export function personName(random: Random, length: number, taken: Set<string>): string {
  for (;;) {
    let name = random.pick(SURNAMES);
    while (name.length < Math.max(length, 2)) name += random.pick(GIVEN);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** A company name: 常州瑞晟精密机械有限公司. */
export function companyName(random: Random, cityCore: string): string {
  return `${cityCore}${random.pick(BRANDS)}${random.pick(TRADES)}有限公司`;
}

/** A document title: 新北区关于推进数字经济发展的实施方案. */
export function documentTitle(random: Random, placeName: string): string {
  return `${placeName}关于${random.pick(TOPICS)}的${random.pick(KINDS)}`;
}

const DIGITS = [...'零一二三四五六七八九'];

/** 1..99 in Chinese numerals: 7 → 七, 32 → 三十二, 10 → 十. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${units === 0 ? '' : DIGITS[units]}`;
}

/** Chinese numerals 一..九十九 back to a number (the inverse of chineseNumeral). */
export function parseChineseNumeral(text: string): number {
  const at = text.indexOf('十');
  if (at < 0) return DIGITS.indexOf(text);
  const tens = at === 0 ? 1 : DIGITS.indexOf(text[0]);
  const units = at === text.length - 1 ? 0 : DIGITS.indexOf(text[at + 1]);
  return tens * 10 + units;
}
