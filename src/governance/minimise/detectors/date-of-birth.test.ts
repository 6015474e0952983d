import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDatesOfBirth } from './date-of-birth.js';

const found = (text: string) => detectDatesOfBirth(text, { knownNames: [] }).map((m) => m.value);

describe('detectDatesOfBirth', () => {
  const rows: [string, string[]][] = [
    ['DOB: 12.03.1985', ['12.03.1985']],
    ['D.O.B. 1/2/1990, SSN on file', ['1/2/1990']],
    ['date of birth 1990-11-02', ['1990-11-02']],
    ['she was born on 3 March 1979 in Leeds', ['3 March 1979']],
    ['born 14th February 1988', ['14th February 1988']],
    ['born in 1985', ['1985']],
    ['birthdate: Feb 2, 1980', ['Feb 2, 1980']],
    ['Geburtsdatum: 14.07.1988', ['14.07.1988']],
    ['geboren am 03.11.1979', ['03.11.1979']],
    ['his birthday is on June 5th', ['June 5th']],
    ['07/04/1985 (DOB)', ['07/04/1985']],
    ['Contract signed 12.03.2024', []],
    ['Renewal on 2025-02-01, born-digital company', []],
    ['Born in Lagos. Joined on 12.03.2015', []],
    ['The meeting is on June 5th', []],
  ];
  for (const [text, expected] of rows) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () =>
      assert.deepEqual(found(text), expected));
  }
});
