// Import layering (STYLE.md): each src/ folder may import only the folders listed here, so the
// pipeline stays one-way. A new edge must be added here on purpose, not slip in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../src');

const ALLOWED: Record<string, string[]> = {
  vocab: [],
  record: [],
  config: [],
  dataset: [],
  store: [],
  search: ['vocab'],
  extract: ['record'],
  rdf: ['record', 'vocab'],
  publish: ['extract', 'rdf', 'record', 'vocab', 'store', 'search', 'dataset'],
  http: ['rdf', 'store', 'vocab', 'search', 'config', 'dataset'],
  check: ['record', 'vocab', 'rdf'],
  cli: ['*'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : name.endsWith('.ts') ? [full] : [];
  });
}

/** Top-level src folders that `file` imports through relative specifiers. */
function importedLayers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]);
  return specifiers
    .map((s) => path.relative(src, path.resolve(path.dirname(file), s)).split(path.sep)[0])
    .filter((layer) => layer && !layer.startsWith('..') && !layer.endsWith('.js'));
}

describe('import layering', () => {
  it('knows every folder of src/', () => {
    const folders = readdirSync(src).filter((n) => statSync(path.join(src, n)).isDirectory());
    expect(folders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('has no edge outside the table', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(src)) {
      const layer = path.relative(src, file).split(path.sep)[0];
      const allowed = ALLOWED[layer] ?? [];
      for (const target of importedLayers(file)) {
        if (target !== layer && !allowed.includes('*') && !allowed.includes(target)) {
          violations.push(`${path.relative(src, file)} → ${target}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
