// Records what spam cleaning found and did on one page, and turns it into the Integrity record
// and the single 'spam-removed' warning.

import type { Evidence, ExtractionWarning, Integrity } from '../record/types.js';
import type { MappedText } from './mapped-text.js';
import { LINK_LABEL } from './spam-lexicon.js';
import { finalizeTerms, keywordsOf, splitKeywords, type SeenTerm } from './spam-tokens.js';

/** Kinds of cleaning counted for the warning message. */
export type SpamAction =
  | 'spam line'
  | 'spam prefix'
  | 'spam link'
  | 'title token'
  | 'meta token'
  | 'heading token'
  | 'hidden block'
  | 'word restored'
  | 'site name restored';

/** Accumulates terms, repairs and counts while a page is cleaned. */
export class SpamLog {
  private readonly seen: SeenTerm[] = [];
  private readonly repairs: Integrity['repairs'] = [];
  private readonly counts = new Map<SpamAction, number>();
  /** {@link terms} as last computed, until another term is seen (the integrity record and the warning both ask). */
  private finalTerms: string[] | null = null;

  /** Notes that `text` was removed (keywords inside it become spam terms). */
  removed(action: SpamAction, text: MappedText): void {
    const evidence = text.evidence();
    this.sawTerms(text);
    this.record(action, { from: text.text, to: '', evidence });
  }

  /** Notes that spam token `from` became `to` at `evidence`. */
  repaired(action: SpamAction, from: string, to: string, evidence: Evidence): void {
    this.see({ term: from, at: evidence.start });
    this.record(action, { from, to, evidence });
  }

  /** Notes spam keywords seen in a block that is dropped as a whole (hidden texts). */
  sawTerms(text: MappedText): void {
    const at = text.evidence().start;
    for (const term of splitKeywords(text.text.trim().replace(LINK_LABEL, '')).flatMap(keywordsOf)) this.see({ term, at });
  }

  /** Spam terms found so far, finalised. */
  terms(): string[] {
    this.finalTerms ??= finalizeTerms(this.seen);
    return [...this.finalTerms];
  }

  private see(term: SeenTerm): void {
    this.seen.push(term);
    this.finalTerms = null;
  }

  /** True when anything was removed or repaired. */
  get hasFindings(): boolean {
    return this.repairs.length > 0;
  }

  /** The page's Integrity record. */
  integrity(): Integrity {
    const spamTerms = this.terms();
    return { tampered: spamTerms.length > 0 || this.hasFindings, spamTerms, repairs: [...this.repairs] };
  }

  /**
   * One 'spam-removed' warning summarising the cleaning, or none for a clean page. The message
   * never quotes the spam itself (it may become a literal); its evidence points at the first repair.
   */
  warnings(): ExtractionWarning[] {
    if (!this.hasFindings) return [];
    const done = [...this.counts].map(([action, n]) => `${n} ${action}${n > 1 ? 's' : ''}`).join(', ');
    const terms = this.terms().length;
    return [
      {
        code: 'spam-removed',
        message: `injected spam removed (${terms} spam term${terms === 1 ? '' : 's'}): ${done}`,
        evidence: this.repairs[0].evidence,
      },
    ];
  }

  private record(action: SpamAction, repair: Integrity['repairs'][number]): void {
    this.repairs.push(repair);
    this.counts.set(action, (this.counts.get(action) ?? 0) + 1);
  }
}
