// The regular expressions that read the body of minutes, each with the line it was written for.
// Whitespace inside labels varies (索 引 号, 出&nbsp;&nbsp;席, 出　　席), hence LABEL_GAP.

/** Padding that pages put between the characters of a label: spaces, NBSP, U+3000. */
const GAP = '[\\s\\u00a0\\u3000]*';

/** Builds a label pattern that tolerates padding between characters: 出席 matches 出　　席. */
export function spacedLabel(label: string): string {
  return [...label].join(GAP);
}

/** A label ends with a colon (ASCII or full-width), possibly padded: `出 席:` / `记录：` */
export const LABEL_COLON = `${GAP}[:：]${GAP}`;

/** Opening sentence: `2021年1月23日上午,区长许小波在…,主持召开区政府第56次常务会议` — the verb and the meeting name. */
export const CONVENE = /(?:主持召开|召开了?|主持了?)([^，,。；;:：]{0,40}?会议?)(?=[，,。；;:：\s]|$|，|研究|听取|审议)/;

/** Part of day right after the date: 上午 / 下午 / 晚上 / 晚 / 早上 / 上午9时. */
export const PART_OF_DAY = /^(上午|下午|晚上|晚间|早上|早晨|中午|晚)/;

/** Place: `在天宁科技促进中心2306会议室` up to 主持/召开 or a comma. */
export const LOCATION = /在([^，,。；;]{2,40}?)(?=[，,]|主持|召开|举行|$)/;

/** Session: 第56次 / 第七次 */
export const SESSION = /第([0-9０-９〇零一二两三四五六七八九十百]+)次/;
/** Term and session: 五届104次 / 十届三十二次 / 第十届第32次 */
export const TERM_SESSION = /第?([0-9〇零一二三四五六七八九十]+)届(?:政府)?第?([0-9〇零一二两三四五六七八九十百]+)次/;
/** A per-year numbering: 2025年第3次 */
export const YEAR_SESSION = /(?:[0-9]{4})年第([0-9〇零一二两三四五六七八九十百]+)次/;

/** Government posts written before a chair's name, longest first: 常务副区长, 区长, 代市长, 主任 … */
export const POSTS = [
  '常务副区长', '常务副市长', '常务副县长', '区委副书记', '市委副书记', '县委副书记',
  '副区长', '副市长', '副县长', '副旗长', '副州长', '副镇长', '副主任', '副秘书长',
  '代区长', '代市长', '代县长', '代旗长', '代州长',
  '区长', '市长', '县长', '旗长', '州长', '镇长', '乡长', '主任', '秘书长', '书记', '局长',
];

/** The chair named after the verb: `…召开第56次常务会议，区长许小波主持会议` / `会议由副区长华志勇主持` */
export const CHAIR_AFTER = /(?:^|[，,。；;])(?:会议)?由?([^，,。；;]{2,16}?)主持(?:了)?(?:会议)?(?=[，,。；;]|$)/;

/** 区领导邓海燕、罗建华、温子健、麦嘉欣出席会议 — attendees in prose after the opening sentence. */
export const PROSE_ATTENDEES = /(?:区|市|县)?(?:政府)?领导(?:同志)?([^。；;，,]{2,80}?)(?:等)?(?:出席|参加)(?:了)?会议/;
/** 区有关单位负责同志列席会议 (no names); or 列席：A、B — prose non-voting attendees */
export const PROSE_NON_VOTING = /([^。；;，,]{2,80}?)列席(?:了)?会议/;

/** Labels of attendance blocks: 出席 / 参加人员 / 列席 / 请假 / 主持 / 记录. */
export const ATTENDANCE_LABELS: Array<{ label: string; role: 'attendee' | 'nonVoting' | 'absent' | 'chair' | 'recorder' }> = [
  { label: '出席会议人员', role: 'attendee' }, { label: '出席会议', role: 'attendee' },
  { label: '列席会议人员', role: 'nonVoting' }, { label: '列席会议', role: 'nonVoting' }, { label: '参加会议', role: 'attendee' },
  { label: '出席人员', role: 'attendee' }, { label: '出席领导', role: 'attendee' }, { label: '出席', role: 'attendee' },
  { label: '参会人员', role: 'attendee' }, { label: '参会领导', role: 'attendee' }, { label: '参加人员', role: 'attendee' },
  { label: '与会人员', role: 'attendee' }, { label: '参加', role: 'attendee' },
  { label: '列席人员', role: 'nonVoting' }, { label: '列席', role: 'nonVoting' },
  { label: '请假', role: 'absent' }, { label: '缺席', role: 'absent' },
  { label: '主持人', role: 'chair' }, { label: '主持', role: 'chair' },
  { label: '记录人', role: 'recorder' }, { label: '记录', role: 'recorder' },
];

/** Item numbering styles: `一、` `（一）` `1.` `1、` `(1)` */
export const ITEM_NUMBERING = {
  chineseComma: /^([一二三四五六七八九十]+)[、，,]/,
  chineseParen: /^[（(]([一二三四五六七八九十]+)[）)]/,
  arabicDot: /^([0-9]{1,2})[.．、](?![0-9])/,
  arabicParen: /^[（(]([0-9]{1,2})[）)]/,
} as const;

/** Unnumbered news-style items open with 会议+verb: `会议听取了…` `会议审议通过了…` */
export const UNNUMBERED_ITEM = /^会议(?:还)?(?:听取|审议|研究|传达学习|学习|通报|讨论)/;
/** Not an item: `会议还研究了其他事项` */
export const OTHER_MATTERS = /^会议还(?:研究|审议|讨论)了?其他事项/;

/** Where the body of items ends: footer and sign-off lines. */
export const BODY_END = /^(?:【?打印|【关闭|主办单位|主办[:：]|承办单位|网站标识码|版权所有|抄送|分送|此件公开发布|相关文件|相关阅读|扫一扫|附件[:：])/;

/** Item verbs, for the action: 听取 heard, 审议 deliberated, 研究 studied, 传达学习/学习/通报 other. */
export const ACTION_VERB = /(听取|审议|研究|传达学习|学习|通报)/g;

/** Decisions: 会议原则同意… / 会议同意… / 会议决定… / 会议明确… / 会议审议通过… */
export const DECISION = /(?:(?:^|[。；;，,：:\n])会议(?:还)?(?:审议并|研究并)?(原则同意|原则通过|审议通过|研究通过|同意|通过|决定|明确)|(?:^|[。；;，,：:\n])(原则同意|原则通过|审议通过|研究通过|同意|决定))/g;
/** Requirements without decision: 会议要求 / 会议强调 / 会议指出 */
export const REQUIREMENT = /会议(?:还)?(?:要求|强调|指出)/;

/** Proposer: 同意区工信局提出的《…》 / 区市场监管局所作的 / 区住建局提交的 */
export const PROPOSER = /(?:原则同意|原则通过|审议通过|研究通过|同意|通过)([^《》，,。；;“”]{2,30}?)(?:所作|所提|提出|提交|报送|上报|起草|拟定|制定|作)的/;
/** Presenter: 会议听取了区市场监管局关于…的汇报 / 区教育局局长冯志华同志关于… */
export const PRESENTER = /听取(?:了)?([^《》，,。；;“”]{2,40}?)关于/;

/** A back-reference to the item's document: 原则同意该办法 / 该《…》 */
export const BACK_REFERENCE = /该(?:办法|方案|意见|措施|政策|规定|细则|规划|计划|报告|条例|制度|《)/;
/** A rule cited as basis is not an object: 按照《…》执行 */
export const CITED_BASIS = /(?:按照|根据|依据|参照)$/;

/** Leading words of a next step to drop: 作进一步修改完善后, / 根据会议意见修改完善后 */
export const NEXT_STEP_LEAD = /^(?:要求)?(?:[^，,。]*?修改完善后[，,]?|经[^，,。]*?后[，,]?)/;
/** A clause that says what happens next: 提交区委常委会审议 / 以区政府名义印发 / 按程序报批 / 由区财政局按规定拨付 */
export const NEXT_STEP = /^(?:由|提交|提请|报|按程序|以|印发|报批|请|交|送)|(?:审议|印发|实施|报批|拨付|执行|发布|施行|组织实施)$/;

/** Award conferral: 授予A、B2家企业天宁区“区长质量奖”(称号) */
export const AWARD = /授予([^“”"「」『』]+?)[“"「『]([^”"」』]+)[”"」』]/g;
/** The stated count glued to the last recipient: 2家企业 / 3个班组 / 5名个人 / 3支队伍 */
export const AWARD_COUNT = /([0-9]+|[一二两三四五六七八九十]+)(家企业|家单位|个单位|家|个班组|个集体|个团队|个|名个人|名同志|位同志|名|人|支队伍|支)/g;
/** Award year: 2020年度 */
export const AWARD_YEAR = /([0-9]{4})年度/g;

/** Name-like person token: 2–4 Han characters (compound surnames included). */
export const PERSON_NAME = /^[\u4e00-\u9fff·]{2,4}$/;
/** Endings that make a token a unit, not a person: 局 委 办 镇 街道 公司 同志 … */
export const UNIT_ENDING = /(?:局|委|办|室|院|(?:委员|管委|协|商|工|联合)会|所|处|部|站|中心|镇|乡|街道|公司|集团|同志|单位|政府|队|组|班|厂|学校|医院|区|市|县)$/;
