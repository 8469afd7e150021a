// Decisions of an agenda item: 原则同意 / 同意 / 决定 / 明确, their proposer, documents and next step;
// an item with only 要求/强调/指出 gets one `requested` resolution.

import type { Evidence, ResolutionType } from '../record/types.js';
import type { ItemText } from './items.js';
import type { MappedText } from './mapped-text.js';
import {
  BACK_REFERENCE, CITED_BASIS, DECISION, NEXT_STEP, NEXT_STEP_LEAD, PRESENTER, PROPOSER, REQUIREMENT,
} from './patterns.js';

export interface FoundResolution {
  type: ResolutionType;
  proposedBy: string | null;
  documents: string[];
  nextStep: string | null;
  /** The decision sentence (source offsets kept), where awards are read from. */
  sentence: MappedText;
  evidence: Evidence;
}

/** Titles inside 《》 in order of first appearance, skipping rules cited as a basis (按照《…》). */
export function documentTitles(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/《([^《》]{2,120})》/g)) {
    if (CITED_BASIS.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const title = m[1].trim();
    if (!out.includes(title)) out.push(title);
  }
  return out;
}

/** The resolutions of one item. */
export function extractResolutions(item: ItemText, itemDocuments: string[]): FoundResolution[] {
  const found: FoundResolution[] = [];
  for (const sentence of sentences(item.text)) {
    DECISION.lastIndex = 0;
    const m = DECISION.exec(sentence.text);
    if (!m) continue;
    const verb = m[1] ?? m[2];
    const start = m.index + Math.max(0, m[0].search(/[^。；;，,：:\n]/));
    const decision = sentence.slice(start).trim();
    found.push(readDecision(decision, verb, item, itemDocuments));
  }
  if (found.length === 0 && REQUIREMENT.test(item.text.text)) {
    const at = item.text.text.search(REQUIREMENT);
    const sentence = sentences(item.text.slice(at))[0];
    found.push({ type: 'requested', proposedBy: null, documents: [], nextStep: null, sentence, evidence: sentence.evidence() });
  }
  return found;
}

function readDecision(decision: MappedText, verb: string, item: ItemText, itemDocuments: string[]): FoundResolution {
  const text = decision.text;
  const confers = /授予/.test(text);
  const type = resolutionType(verb, confers);
  const afterVerb = text.slice(text.indexOf(verb) + verb.length);
  const documents = BACK_REFERENCE.test(afterVerb.split(/[，,]/)[0]) ? [...itemDocuments] : documentTitles(afterVerb);
  if (documents.length === 0) documents.push(...documentsNamedByType(afterVerb, itemDocuments));
  return {
    type,
    proposedBy: proposer(text, item),
    documents,
    nextStep: type === 'approved' || type === 'approved-in-principle' ? nextStep(afterVerb) : null,
    sentence: decision,
    evidence: decision.evidence(),
  };
}

/** The decision's object without 《》, when it names an item document by its type: `提出的实施意见` → 《…的实施意见》. */
function documentsNamedByType(afterVerb: string, itemDocuments: string[]): string[] {
  const object = OBJECT_AFTER_PROPOSER.exec(afterVerb.split(/[，,。；;]/)[0])?.[1];
  if (!object || object.length < 2) return [];
  return itemDocuments.filter((d) => d.endsWith(object));
}

/** `区民政局提出的实施意见` → 实施意见 */
const OBJECT_AFTER_PROPOSER = /(?:所作|所提|提出|提交|报送|上报|起草|拟定|制定|作)的([\u4e00-\u9fff（）()]{2,20})$/;

/** 原则同意/原则通过 → approved-in-principle; 同意/通过 → approved (decided when it confers an award); 决定/明确 → decided. */
function resolutionType(verb: string, confers: boolean): ResolutionType {
  if (verb.startsWith('原则')) return 'approved-in-principle';
  if (verb === '决定' || verb === '明确' || confers) return 'decided';
  return 'approved';
}

/** X of X提出的/提交的/所作的; else the body that presented the matter in the item (X关于…的汇报). */
function proposer(decision: string, item: ItemText): string | null {
  const direct = PROPOSER.exec(decision);
  if (direct) return cleanBody(direct[1]);
  return presenterOf(item.text.text);
}

/** The body that presented the matter: 会议听取了区林业站关于…的汇报 → 区林业站. */
export function presenterOf(itemText: string): string | null {
  const presenter = PRESENTER.exec(itemText);
  return presenter ? cleanBody(presenter[1]) : null;
}

/** `区教育局局长冯志华同志` → 区教育局; `了区市场监管局` → 区市场监管局. */
function cleanBody(raw: string): string | null {
  const body = raw
    .replace(/^了/, '')
    .replace(/(?:主要负责同志|负责同志|同志)$/, '')
    .replace(/(?:局长|主任|副局长|副主任|书记|部长|处长|科长|站长|所长)[\u4e00-\u9fff]{2,3}$/, '')
    .trim();
  if (body.length < 2 || /^(?:关于|有关|相关)/.test(body) || /[0-9]{4}年/.test(body)) return null;
  return /(?:局|委|办|室|院|会|所|处|站|中心|镇|街道|公司|集团|政府|队|部|厅)$/.test(body) ? body : null;
}

/** The clause after the decision's object that says what happens next, without 修改完善后 and final punctuation. */
function nextStep(afterVerb: string): string | null {
  const clauses = afterVerb.replace(/[。；;]\s*$/, '').split(/[，,；;]/);
  for (const raw of clauses.slice(1)) {
    const clause = raw.replace(NEXT_STEP_LEAD, '').trim();
    if (clause.length > 0 && NEXT_STEP.test(clause)) return clause;
  }
  return null;
}

/** Sentences of the item (split at 。 and line ends, the 。 dropped), each keeping source offsets. */
function sentences(text: MappedText): MappedText[] {
  return text
    .split(/[。\n]/g)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
