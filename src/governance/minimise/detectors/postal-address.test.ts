import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPostalAddresses } from './postal-address.js';

const found = (text: string) => detectPostalAddresses(text, { knownNames: [] }).map((m) => m.value);

describe('detectPostalAddresses', () => {
  const positives: [string, string][] = [
    [
      'Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500.',
      '1600 Pennsylvania Avenue NW, Washington, DC 20500',
    ],
    [
      'HQ: 350 Fifth Avenue, Suite 4400, New York, NY 10118',
      '350 Fifth Avenue, Suite 4400, New York, NY 10118',
    ],
    ['Office 500 W 2nd St, Suite 1900, Austin, TX 78701', '500 W 2nd St, Suite 1900, Austin, TX 78701'],
    ['UK: 221B Baker Street, London NW1 6XE.', '221B Baker Street, London NW1 6XE'],
    [
      'Flat 4, 27 Old Gloucester Street, London WC1N 3AX',
      'Flat 4, 27 Old Gloucester Street, London WC1N 3AX',
    ],
    ['Rechnung an Friedrichstraße 123, 10117 Berlin.', 'Friedrichstraße 123, 10117 Berlin'],
    [
      'Lieferung an Berliner Straße 12a, 60311 Frankfurt am Main',
      'Berliner Straße 12a, 60311 Frankfurt am Main',
    ],
    ['Leopoldstr. 21, 80802 München', 'Leopoldstr. 21, 80802 München'],
    ['Am Sandtorkai 38, 20457 Hamburg', 'Am Sandtorkai 38, 20457 Hamburg'],
    ['Acme GmbH | Hauptstraße 5 | 10115 Berlin', 'Hauptstraße 5 | 10115 Berlin'],
    ['Street and town on two lines:\n12 Main St\nSpringfield, IL 62704', '12 Main St\nSpringfield, IL 62704'],
    ['Only the town line: Springfield, IL 62704.', 'Springfield, IL 62704'],
    ['Postcode alone: SW1A 1AA', 'SW1A 1AA'],
    ['Paris: 12 rue de Rivoli, 75001 Paris', '12 rue de Rivoli, 75001 Paris'],
    ['Level 12, 1 Martin Place, Sydney NSW 2000', 'Level 12, 1 Martin Place, Sydney NSW 2000'],
  ];
  const negatives: [string, string][] = [
    ['ZIP alone', 'Sales tax applies to ZIP 94107.'],
    ['German amount', 'Wir haben 10000 Nutzer und 10115 Berlin-Tickets'],
    ['German year', 'Im Jahr 2024 wuchs der Umsatz.'],
    ['counts', 'We have 25 Account Executives and 3 Sales Engineers.'],
    ['money', 'The deal is $48,000 for 120 seats.'],
    ['version', 'Upgrade to version 4.2 on Friday.'],
    ['street without number', 'We met on Baker Street last week.'],
  ];
  for (const [text, expected] of positives) {
    it(`finds ${JSON.stringify(expected)}`, () => assert.deepEqual(found(text), [expected]));
  }
  for (const [label, text] of negatives) {
    it(`ignores ${label}`, () => assert.deepEqual(found(text), []));
  }
});
