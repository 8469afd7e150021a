// A thing's description as the /doc/ route gets it, or null where the route answers 404 (tests comparing stores).
import type { Quad } from '@rdfjs/types';
import { DescriptionCache } from '../../src/http/describe.js';
import { HttpError } from '../../src/http/errors.js';
import type { Store } from '../../src/store/store.js';

export async function describedOrNull(store: Store, iri: string, timeoutMs: number): Promise<Quad[] | null> {
  try {
    return await new DescriptionCache().describe(store, iri, timeoutMs);
  } catch (error) {
    if (error instanceof HttpError && error.kind === 'not-found') return null;
    throw error;
  }
}
