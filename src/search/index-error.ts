// The typed error of a dataset whose search index cannot be used.

/** Why no usable index could be opened: `missing` (a dataset built before search existed) or `invalid`. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
  constructor(readonly code: 'missing' | 'invalid', message: string) {
    super(message);
  }
}
