// isodate's parse_date as rdflib 6 applies it to xsd:date literals (expected values printed by Python 3.11 + rdflib 6.1.1).
import { describe, expect, it } from 'vitest';
import { normaliseDateLexical, parseIsoDate } from '../../src/check/iso-date.js';

const rdflibDate = (lexical: string) => {
  const date = parseIsoDate(lexical);
  return date ? normaliseDateLexical(date, 'date') : lexical;
};

describe('parseIsoDate', () => {
  it('reads the forms isodate accepts, by prefix, as rdflib normalises them', () => {
    const cases: Array<[string, string]> = [
      ['2021-02-03委', '2021-02-03'], ['2021-02-03 ', '2021-02-03'], ['20210203', '2021-02-03'],
      ['2021-02', '2021-02-01'], ['2021', '2021-01-01'], ['2021-W05-3', '2021-02-03'], ['2021-034', '2021-02-03'],
      ['2021-02-03Z', '2021-02-03'], ['2021-02-03+08:00', '2021-02-03'], ['21-02-03', '2101-01-01'],
      ['2021-2-3', '2021-01-01'], ['2021-02-03T10:00:00', '2021-02-03'],
    ];
    for (const [lexical, expected] of cases) expect([lexical, rdflibDate(lexical)]).toEqual([lexical, expected]);
  });

  it('leaves what Python cannot represent as written', () => {
    for (const lexical of ['+2021-02-03', '2021-02-30', ' 2021-02-03', '0000-01-01']) expect(rdflibDate(lexical)).toBe(lexical);
  });
});

describe('parseIsoDate week and ordinal dates', () => {
  it('computes them like isodate, including its month-00 and day-0 quirks', () => {
    const cases: Array<[string, string]> = [
      ['2020W537', '2021-01-03'], ['2021-00-23', '2021-01-23'], ['2021-W01-1', '2021-01-04'], ['2020-W53-7', '2021-01-03'],
      ['2015-W01-0', '2014-12-28'], ['2021-W00', '2020-12-28'], ['2021-366', '2022-01-01'], ['2020-366', '2020-12-31'],
      ['2021-000', '2020-12-31'],
    ];
    for (const [lexical, expected] of cases) expect([lexical, rdflibDate(lexical)]).toEqual([lexical, expected]);
  });
});
