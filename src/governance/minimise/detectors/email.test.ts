import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectEmails } from './email.js';

const found = (text: string) => detectEmails(text, { knownNames: [] }).map((m) => m.value);

describe('detectEmails', () => {
  const rows: [string, string[]][] = [
    ['Write to anna.keller@acme.de today', ['anna.keller@acme.de']],
    ['<priya+crm@northwind-logistics.com>', ['priya+crm@northwind-logistics.com']],
    ['USER=ANNA.KELLER@ACME.DE status=403', ['ANNA.KELLER@ACME.DE']],
    ['Umlaut: jürgen.müller@bäckerei.de.', ['jürgen.müller@bäckerei.de']],
    ['mailto:ap@globex.co.uk, cc legal@globex.co.uk', ['ap@globex.co.uk', 'legal@globex.co.uk']],
    ['Version v2.1@3.0 is not an address', []],
    ['Follow @cohelm on social', []],
    ['Price is 20@5 units', []],
  ];
  for (const [text, expected] of rows) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () =>
      assert.deepEqual(found(text), expected));
  }
  it('reports offsets that slice back to the value', () => {
    const text = 'Reach me: o.adeyemi@lagosfreight.ng.';
    const [match] = detectEmails(text, { knownNames: [] });
    assert.equal(text.slice(match!.start, match!.end), 'o.adeyemi@lagosfreight.ng');
  });
});
