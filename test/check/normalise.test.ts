// score.py's `norm` and the fact keys built on it.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/check/normalise.js';
import { equalityKey, factKey, formatFact } from '../../src/check/fact.js';
import { fillCommand, shellQuote } from '../../src/check/shell-converter.js';

describe('normaliseText', () => {
  it('applies NFKC, removes every whitespace character and strips outer quotes', () => {
    expect(normaliseText(' 《关于 全区质量工作的报告》 ')).toBe('关于全区质量工作的报告');
    expect(normaliseText('郑\u3000亚')).toBe('郑亚');
    expect(normaliseText('「区长质量奖」')).toBe('区长质量奖');
    expect(normaliseText('ＡＢ１２')).toBe('AB12');
    expect(normaliseText('a\u001cb\u0085c')).toBe('abc'); // Python whitespace JavaScript's \s lacks
    expect(normaliseText('a\ufeffb')).toBe('a\ufeffb'); // and one it has that Python's lacks
    expect(normaliseText(null)).toBe('');
  });
});

describe('facts', () => {
  it('prints like Python tuples and compares True with 1 as Python does', () => {
    expect(formatFact(['item', 1, 'Heard'])).toBe("('item', 1, 'Heard')");
    expect(formatFact(['tampered', true])).toBe("('tampered', True)");
    expect(formatFact(['nextStep', null, "it's"])).toBe('(\'nextStep\', None, "it\'s")');
    expect(equalityKey(factKey(['item', true, 'Heard']))).toBe(equalityKey(factKey(['item', 1, 'Heard'])));
  });
});

describe('shell command template', () => {
  it('quotes the file like shlex.quote and fills {file} like str.format', () => {
    expect(shellQuote('/a/b-c.txt')).toBe('/a/b-c.txt');
    expect(shellQuote("/a b/it's")).toBe(`'/a b/it'"'"'s'`);
    expect(fillCommand('cat {file}.nt {{x}}', '/a b')).toBe("cat '/a b'.nt {x}");
  });
});
