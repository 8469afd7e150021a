// An index held in memory as buildSearchIndex made it: for tests, and as the reference the on-disk index must match.
import type { AliasPair } from './aliases.js';
import { foldedLabelField, nameTokens } from './document-keys.js';
import type { SearchIndexSource } from './index-source.js';
import { emptyPostingList, type PostingList } from './posting-codec.js';
import type { SearchIndexData, StoredDocument } from './search-index.js';

/** The class IRIs of `documents` numbered in order of first appearance. */
export function classNumbering(documents: readonly StoredDocument[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const doc of documents) if (!numbers.has(doc.classIri)) numbers.set(doc.classIri, numbers.size);
  return numbers;
}

class MemorySearchIndex implements SearchIndexSource {
  readonly documentCount: number;
  readonly averageLength: number;
  private readonly postingLists: Map<string, number[]>;
  private readonly classNumbers: Map<string, number>;
  private readonly byLabel = new Map<string, number[]>();
  private readonly names: Array<Set<string>>;

  constructor(private readonly data: SearchIndexData) {
    this.documentCount = data.documents.length;
    const total = data.documents.reduce((sum, d) => sum + d.length, 0);
    this.averageLength = data.documents.length > 0 ? total / data.documents.length : 1;
    this.postingLists = new Map(Object.entries(data.postings));
    this.classNumbers = classNumbering(data.documents);
    this.names = data.documents.map(nameTokens);
    data.documents.forEach((doc, number) => {
      const label = foldedLabelField(doc);
      if (label === undefined) return;
      const numbers = this.byLabel.get(label);
      if (numbers) numbers.push(number);
      else this.byLabel.set(label, [number]);
    });
  }

  classes(): string[] {
    return [...this.classNumbers.keys()].sort();
  }

  classNumber(classIri: string): number | undefined {
    return this.classNumbers.get(classIri);
  }

  aliasesIn(folded: string): AliasPair[] {
    return this.data.aliases.filter(([short, full]) => folded.includes(short) || folded.includes(full));
  }

  postings(token: string): PostingList | undefined {
    const flat = this.postingLists.get(token);
    if (!flat) return undefined;
    const list = emptyPostingList(flat.length / 2);
    for (let i = 0; i < list.size; i++) {
      const number = flat[2 * i];
      const doc = this.data.documents[number];
      list.documents[i] = number;
      list.frequencies[i] = flat[2 * i + 1];
      list.lengths[i] = doc.length;
      list.classes[i] = this.classNumbers.get(doc.classIri)!;
      list.inName[i] = this.names[number].has(token) ? 1 : 0;
    }
    return list;
  }

  exactLabelDocuments(folded: string): number[] {
    return this.byLabel.get(folded) ?? [];
  }

  document(number: number): StoredDocument {
    return this.data.documents[number];
  }

  close(): void {}
}

/** Serves queries straight from an index built in memory by buildSearchIndex. */
export function memorySearchIndex(data: SearchIndexData): SearchIndexSource {
  return new MemorySearchIndex(data);
}
