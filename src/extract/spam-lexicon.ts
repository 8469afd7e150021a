// The vocabulary of injected gambling/SEO spam in one place: anchors, morphemes, promotional words,
// legitimate look-alikes that must not count, separators and the template slots that hold a site name.

/**
 * Legitimate phrases that contain gambling-looking words; masked before any lexicon test.
 * Example: `加强娱乐场所和体育彩票销售网点安全检查` (a clean page must stay clean).
 */
export const LEGIT_LOOKALIKE =
  // lotteries run by the state: 体育彩票, 福利彩票, 彩票销售网点
  /体育彩票|福利彩票|彩票销售|彩票网点|彩票公益金|投注站|(?:电子)?游艺(?:娱乐)?场所|(?:文化|休闲|文体)?娱乐场所|文化娱乐|休闲娱乐|群众娱乐|娱乐活动|文娱|棋牌室|黄赌毒|禁赌|(?:打击|聚众|涉嫌|网络|跨境)赌博|赌博违法|赌博犯罪/g;

/**
 * Strong anchors: gambling brands and compounds that genuine minutes never contain in running text.
 * Examples: `澳门现金赌场`, `太阳城娱乐`, `时时彩开户`, `北京赛车pk10`, `幸运彩票网`, `彩票平台`.
 */
export const GAMBLING_ANCHOR = new RegExp(
  [
    // casinos and online gambling: 澳门现金赌场, 真钱赌场, 网上赌场, 赌球
    '赌场', '网赌', '赌博网', '线上赌', '网上赌', '赌博平台',
    // the betting trade and its homophone: 博彩公司, 菠菜
    '博彩', '菠菜网',
    // lottery products sold by gambling sites: 时时彩开户, 六合彩, 北京赛车pk10, 幸运飞艇, 幸运彩票网, 彩票平台
    '时时彩', '六合彩', '北京赛车', 'pk10', 'pk拾', '幸运飞艇', '彩票网', '彩票平台', '彩票app', '彩票官网', '彩票开户', '网上彩票',
    // sports betting: 足球投注, 投注平台, 赌球
    '足球投注', '投注平台', '赌球',
    // casino games: 百家乐, 老虎机, 真人视讯, 电子游艺, 龙虎斗
    '百家乐', '老虎机', '真人视讯', '真人娱乐', '真人荷官', '电子游艺', '龙虎斗',
    // casino brands: 太阳城娱乐, 新葡京, 威尼斯人, 美高梅, 金沙娱乐, 银河娱乐, bet365
    '太阳城娱乐', '太阳城集团', '新葡京', '葡京', '威尼斯人', '美高梅', '金沙娱乐', '银河娱乐', '永利娱乐', '新濠', '皇冠体育', '博狗', '金宝博', 'bet365', '娱乐城',
  ].join('|'),
  'i',
);

/**
 * Weak gambling words: spam only where the structure is already suspect (title, meta, hidden block,
 * link). Examples: `彩票` in `幸运彩票网`, `赌` in `真钱赌场`, `娱乐` in `太阳城娱乐官网`.
 */
export const GAMBLING_WORD = /彩票|赌|博彩|娱乐|棋牌|casino|bet\d*|poker/i;

/**
 * Promotional words of gambling sites; a token with these but without a gambling word is a
 * promotional phrase, not a spam term. Examples: `新用户注册就送58元`, `注册即送彩金`, `app下载`.
 */
export const PROMOTIONAL = /注册|[就即]送|送\d|彩金|首存|首充|优惠|返水|返利|下载|app|官网|官方|24小时|在线|开户|充值|提现|入口|手机版|客户端|(?<!\d)\d+元/i;

/**
 * Morphemes of gambling brand names, used to find the exact extent of a token that replaced a word
 * in running text. Kept narrow so that a token does not swallow the genuine word next to it.
 * Examples: 澳门+现金+赌场 = `澳门现金赌场`; 太阳城+娱乐 = `太阳城娱乐`; 澳门+赌场+线上 = `澳门赌场线上`.
 */
export const BRAND_MORPHEMES: readonly string[] = [
  // places and money words that prefix casino names: 澳门现金赌场, 真钱赌场, 网上赌场
  '澳门', '现金', '真钱', '线上', '网上',
  // brands: 太阳城娱乐, 新葡京, 威尼斯人, 金沙娱乐
  '太阳城', '新葡京', '葡京', '威尼斯人', '金沙', '银河', '永利', '美高梅', '新濠', '皇冠', '博狗', '金宝博',
  // trade words: 赌场, 娱乐城, 博彩, 时时彩, 北京赛车, 百家乐, 真人视讯
  '赌场', '娱乐城', '娱乐', '博彩', '彩票', '时时彩', '六合彩', '北京赛车', '幸运', '百家乐', '真人', '视讯', '老虎机', '电子游艺',
];

/**
 * Extra morphemes of SEO keyword lists (titles, meta, link texts), used to split a stuffed sentence
 * into its keywords. Examples: `幸运彩票网`, `彩票平台`, `时时彩开户`, `北京赛车pk10官网`.
 */
export const SEO_MORPHEMES: readonly string[] = [
  ...BRAND_MORPHEMES,
  // site words: 官网, 官方网站, 平台, 网
  '官网', '官方', '网站', '平台', '网', '国际', '体育', '棋牌', '在线',
  // actions: 开户, 注册, 下载
  '开户', '注册', '下载', '入口', '手机版', '客户端',
];

/** ASCII part of a spam keyword: `pk10`, `app`, `bet365` (letters first, so a year like 2022 is never one). */
export const ASCII_MORPHEME = /^[a-z]+\d*/i;

/**
 * Separators of stuffed keyword lists. Examples: `澳门赌场线上_真钱赌场_…`, `幸运彩票网,时时彩开户`,
 * `太阳城娱乐官网_太阳城娱乐app下载`, link texts `澳门赌场线上 真钱赌场`.
 */
export const KEYWORD_SEPARATOR = /[_|｜,，、;；\s\u3000\u00a0]+/g;

/** Separators that glue a spam prefix to a genuine heading: `澳门赌场线上_区政府第48次常务会议纪要`. */
export const PREFIX_SEPARATOR = /[_|｜]+/g;

/**
 * Text just before a token that stands for the site owner. Examples: `欢迎访问澳门现金赌场人民政府网站`,
 * `主办单位:澳门现金赌场人民政府`, `主办:太阳城娱乐人民政府`.
 */
export const PLACE_SLOT_BEFORE = /(?:欢迎访问|欢迎来到|主办单位|主办|承办单位|承办|版权所有)[:：\s\u3000]*$/;

/**
 * Text just after a token that stands for the site owner. Examples: `…人民政府办公室整理`,
 * `…人民政府门户网站`, `…区人民政府` (then the token replaced only the part before 区).
 */
export const PLACE_SLOT_AFTER = /^([省市区县]?)(?:人民)?政府/;

/** Site-owner slots whose content is a name; used to find a token that replaced the place name. */
export const PLACE_SLOTS: readonly RegExp[] = [
  // 欢迎访问X人民政府网站 / 欢迎访问X政府门户网站
  /欢迎(?:访问|来到)([^\s:：|]{2,14}?)(?:人民)?政府/g,
  // 主办单位:X人民政府 / 主办:X人民政府办公室
  /主办(?:单位)?[:：\s\u3000]*([^\s:：|]{2,14}?)(?:人民)?政府/g,
  // X人民政府办公室 (signature under the minutes)
  /(?:^|[\s\u3000])([^\s:：|]{2,14}?)人民政府办公室/gm,
];

/** The end of a real place name (天宁区, 常州市, 溧阳市, 安吉县, 湖塘镇): a slot holding one is not spam. */
export const PLACE_NAME_END = /[省市区县旗镇乡州盟]$|街道$/;

/**
 * Verbs before a gambling word that make it a genuine mention, not an injection.
 * Example: `严厉打击跨境赌场招赌行为`.
 */
export const LEGIT_MENTION_BEFORE = /(?:打击|整治|取缔|查处|查获|捣毁|严打|涉嫌|防范|警惕|远离|抵制|开设|地下|非法|私)$/;

/**
 * Gambling words too common to start a replacement token on their own; a token built on one needs
 * several different contexts and a place right after 《. Example: `《金牛娱乐加快…》`, `局金牛娱乐2022年度`.
 */
export const WEAK_BRAND_WORD = /娱乐|彩票|棋牌|博彩/g;

/** Site and sign-up words that make a lone weak keyword spam: `金牛娱乐官网`, `棋牌游戏下载`. */
export const SITE_ACTION_WORD = /官网|官方|开户|下载|注册/;

/** Weak gambling words that still make a lone keyword in a title or meta field spam: `赌`, `彩票`. */
export const STUFFING_WORD = /赌|彩票|博彩|棋牌/;

/** A label before a block of spam links: `友情链接:澳门赌场 太阳城娱乐`. */
export const LINK_LABEL = /^(?:友情链接|相关链接|合作伙伴|热门推荐|热门搜索|热门关键词|推荐阅读|tags?)[:：\s\u3000]*/i;

/** A token that is only an address or code (`www.xpj.com`, `http://x.example/`): neutral in a spam line. */
export const ADDRESS_TOKEN = /^[\w.\-:/?=&%#@]+$/;

/**
 * Characters trimmed from the ends of a title or heading after spam inside it was cut out. The
 * trailing run must not follow another separator, so a long inner run is not re-scanned from each of its characters.
 */
export const DANGLING_SEPARATOR = /^[\s\u3000_|｜,，、;；\-—–]+|(?<![\s\u3000_|｜,，、;；\-—–])[\s\u3000_|｜,，、;；\-—–]+$/g;

/** The word a spam token most often replaced in running text: `《关于…的报告》`, `听取了关于…的汇报`. */
export const REPLACED_FUNCTION_WORD = '关于';
