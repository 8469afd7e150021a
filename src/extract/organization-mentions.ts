// Organisations named in the body as actors: proposers, presenters, recipients, bodies given a task
// (`区教育局、区公安分局要…`, `由区财政局按规定拨付`, `会同国网昆山市供电公司`), units among participants.

/** A body name as written: 区工信局, 市委政法委, 团区委, 金庭镇, 国网昆山市供电公司, 茅山旅游度假区管委会. */
const BODY_ENDING = /(?:局|委|办|办公室|委员会|管委会|分局|站|中心|街道|镇|乡|集团|公司|大队|支队)$/;
/** Generic bodies that are not organisations: 各部门, 相关街道, 有关单位, 各镇(街道). */
const GENERIC = /^(?:各|相关|有关|全区|全市|全县|其他|我区|我市|供气|重点|属地|市区|区属|市属)/;
/** Destinations inside next steps: 区委常委会, 区人大常委会, 区政府常务会议 */
const DESTINATION = /(?:常委会|常务会议|常委会会议|人大常委会|政府常务会|政府)$/;

/** Subjects of a task clause: `A、B要…` / `A要会同B…` / `由A牵头` / `A具体负责` / `会同A`. */
const TASK_PATTERNS: RegExp[] = [
  /(?:^|[，,；;。：:\n]|[0-9]+[.．、]|[（(][一二三四五六七八九十0-9]+[）)])(?:会议)?(?:要求|强调|指出|明确)?[，,：:]?([^，,；;。：:\n（(]{2,60}?)(?:要|应|须|需|负责|牵头|具体负责|做好|抓好|加强)/g,
  /由([^，,；;。]{2,30}?)(?:牵头|负责|按|会同|作为|组织|统筹)/g,
  /会同([^，,；;。]{2,30}?)(?:组织|完善|做好|细化|开展|研究|制定|推进|实施|加强|提前|[，,；;。])/g,
];

/** Splits `区教育局、区公安分局和区市场监管局` into names. */
function splitBodies(text: string): string[] {
  return text
    .split(/、|(?<=[局委办站队镇道会司团])(?:和|及|与)/)
    .map((t) => t.replace(LEADING_NOISE, '').trim())
    .filter((t) => t.length >= 3 && t.length <= 30);
}

/** Words before a subject: 会议要求, 一是, 1., (一), 同时 … */
const LEADING_NOISE = /^(?:(?:会议要求|会议强调|会议指出|会议明确|要求|强调|同时|并|请|由|[一二三四五六七八九十]是|[0-9]+[.．、]|[（(][一二三四五六七八九十0-9]+[）)])[，,：:]?)+/;

/** True for a name that reads as a concrete organisation. */
export function looksLikeOrganization(name: string): boolean {
  return BODY_ENDING.test(name) && !GENERIC.test(name) && !DESTINATION.test(name) && !/[《》“”]/.test(name);
}

/** Organisation names given tasks in `text`, in order of appearance. */
export function taskedBodies(text: string): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  for (const pattern of TASK_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const offset = m.index + m[0].indexOf(m[1]);
      for (const name of splitBodies(m[1])) {
        if (looksLikeOrganization(name)) out.push({ name, index: offset + m[1].indexOf(name) });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Units named in the opening as participants: `区住建局、区发改委…和梁溪城发集团负责同志参加会议`. */
const PARTICIPATING_UNITS = /([^。，,；;]{2,160}?)(?:等单位)?(?:主要|分管|有关)?负责(?:同志|人)(?:参加|出席|列席)/g;

/** Units listed as participants in `text`, in order. */
export function participatingUnits(text: string): Array<{ name: string; index: number }> {
  const out: Array<{ name: string; index: number }> = [];
  for (const m of text.matchAll(PARTICIPATING_UNITS)) {
    for (const name of splitBodies(m[1])) {
      if (looksLikeOrganization(name)) out.push({ name, index: m.index + m[1].indexOf(name) });
    }
  }
  return out;
}
