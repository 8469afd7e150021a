// The CSV writer: RFC 4180 quoting of quotes, commas and line breaks, CRLF records, the BOM, and a read-back property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvRecord, UTF8_BOM } from '../../src/publish/tables/csv.js';
import { formatCell } from '../../src/publish/tables/table-schema.js';
import { readCsv } from './tables-csv-reader.js';

describe('csvField', () => {
  it('leaves plain text, Chinese and spaces alone', () => {
    expect(csvField('区政府第56次常务会议')).toBe('区政府第56次常务会议');
    expect(csvField(' a b ')).toBe(' a b ');
    expect(csvField('')).toBe('');
  });

  it('quotes fields with commas, quotes, CR or LF and doubles inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('"')).toBe('""""');
  });
});

describe('csvDocument', () => {
  it('starts with the BOM and ends every record with CRLF', () => {
    const text = csvDocument(['id', 'name'], [['1', '许小波'], ['2', '江苏康进医疗器材有限公司,"康进"']]);
    expect(text).toBe(`${UTF8_BOM}id,name\r\n1,许小波\r\n2,"江苏康进医疗器材有限公司,""康进"""\r\n`);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => csvDocument(['a', 'b'], [['1']])).toThrow(/1 fields, header has 2/);
  });

  it('reads back to the same fields for any strings', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { maxLength: 8 }), (rows) => {
      const text = csvDocument(['x', 'y'], rows);
      expect(readCsv(text.slice(1))).toEqual([['x', 'y'], ...rows]);
    }));
  });

  it('writes one record per call of csvRecord', () => {
    expect(csvRecord(['a', 'b,c'])).toBe('a,"b,c"\r\n');
  });
});

describe('formatCell', () => {
  it('writes XSD lexical forms and joins lists with the separator', () => {
    expect(formatCell(null)).toBe('');
    expect(formatCell(true)).toBe('true');
    expect(formatCell(56)).toBe('56');
    expect(formatCell(['a', 'b'], ' | ')).toBe('a | b');
  });
});
