// Deterministic synthetic minutes pages, varied from the dev corpus, for benchmarks at any scale (streamed).

import { DEFAULT_CORPUS_DIR, loadTemplates, type Template } from './generator/templates.js';
import { loadPlaces, type Place } from './generator/divisions.js';
import { findItemMarkers, pickStyle, reshapeItems } from './generator/items.js';
import { pageRandom, type Random } from './generator/random.js';
import { encodePage, injectSpam } from './generator/spam-and-encoding.js';
import { relocate, renumberSessions, replacePeople, replaceThings, shiftDates } from './generator/substitutions.js';

/** Options of {@link generatePages}. */
export interface GenerateOptions {
  /** How many pages to make. */
  count: number;
  /** Seed: the same seed gives the same pages, byte for byte. */
  seed: number;
  /** Folder of template pages with *.gold.json (default: ../shared/corpus/dev next to the repository). */
  corpusDir?: string;
  /** Share of pages (among templates without spam) that get spam injected (default 0.2). */
  spamRate?: number;
  /** Share of pages saved in GBK (default 0.3); the rest are UTF-8. */
  gbkRate?: number;
}

/** One synthetic page. */
export interface GeneratedPage {
  /** File name: gen-0000042-dev-01-xinbei-23.txt (the template's name, so the reader picks HTML or text alike). */
  name: string;
  bytes: Uint8Array;
}

interface Sources {
  templates: Template[];
  places: Place[];
  placeByCode: Map<string, Place>;
}

function loadSources(corpusDir: string): Sources {
  const templates = loadTemplates(corpusDir);
  const places = loadPlaces();
  return { templates, places, placeByCode: new Map(places.map((p) => [p.code, p])) };
}

/** A place of the same kind (区 / 市 / 县) as `from`, so 区长 and 市政府 still fit the page. */
function pickPlace(from: Place, places: readonly Place[], random: Random): Place {
  const suffix = from.name.slice(-1);
  for (;;) {
    const place = random.pick(places);
    if (place.name.endsWith(suffix) && place.code !== from.code) return place;
  }
}

/** The page text of one synthetic page made from `template`. */
function variedText(template: Template, sources: Sources, random: Random, spamRate: number): string {
  const from = template.divisionCode === null ? undefined : sources.placeByCode.get(template.divisionCode);
  const to = from === undefined ? undefined : pickPlace(from, sources.places, random);
  let text = replacePeople(template.text, template.people, random);
  if (from !== undefined && to !== undefined) {
    text = replaceThings(text, template, to, random);
    text = relocate(text, from, to);
  }
  text = shiftDates(text, random.int(-2000, 1000));
  text = renumberSessions(text, template.sessionNumber, random.int(1, 90));
  const itemCount = findItemMarkers(text).length;
  if (itemCount > 0) text = reshapeItems(text, random.int(1, itemCount + 4), pickStyle(text, random), random);
  if (!template.isTampered && random.chance(spamRate)) text = injectSpam(text, template.isHtml, random);
  return text;
}

/**
 * Yields `count` synthetic pages, one at a time (nothing is kept, so millions can be streamed). Page i
 * depends only on (seed, i) and the corpus: a template chosen at random, then new people, companies,
 * documents, jurisdiction (another real GB/T 2260 code), dates, session number, item count and
 * numbering, spam on a share of pages, and UTF-8 or GBK bytes.
 */
export function* generatePages(options: GenerateOptions): Generator<GeneratedPage> {
  const sources = loadSources(options.corpusDir ?? DEFAULT_CORPUS_DIR);
  const spamRate = options.spamRate ?? 0.2;
  const gbkRate = options.gbkRate ?? 0.3;
  for (let index = 0; index < options.count; index++) {
    const random = pageRandom(options.seed, index);
    const template = random.pick(sources.templates);
    const text = variedText(template, sources, random, spamRate);
    const charset = random.chance(gbkRate) ? 'gbk' : 'utf-8';
    yield { name: `gen-${String(index).padStart(7, '0')}-${template.name}`, bytes: encodePage(text, template.isHtml, charset) };
  }
}
