import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPeople } from './person.js';

const found = (text: string, knownNames: string[] = []) =>
  detectPeople(text, { knownNames }).map((m) => m.value);

describe('detectPeople', () => {
  const positives: [string, string, string[]][] = [
    [
      'compromise lexicon',
      'Spoke with Zhang Wei and Søren Kierkegaard today.',
      ['Zhang Wei', 'Søren Kierkegaard'],
    ],
    [
      'proper-noun pairs unknown to compromise',
      'Priya Raghunathan asked; Oluwaseun Adeyemi agreed.',
      ['Priya Raghunathan', 'Oluwaseun Adeyemi'],
    ],
    [
      'speaker prefix',
      'Anna Keller: Thanks for joining.\n[00:03:12] Mateus Oliveira: Sure.',
      ['Anna Keller', 'Mateus Oliveira'],
    ],
    [
      'title, kept out of the span',
      'Please loop in Dr. Hiroshi Tanaka and Frau Schneider.',
      ['Hiroshi Tanaka', 'Schneider'],
    ],
    [
      'greeting and sign-off',
      'Hi Priya,\n\nsee attached.\n\nBest regards,\nKatarzyna Wójcik',
      ['Priya', 'Katarzyna Wójcik'],
    ],
    ['one-line sign-off', 'Works for me. Best, Tom', ['Tom']],
    ['address header', 'From: "Wagner, Lukas" <lukas.wagner@stadtwerke-bonn.de>', ['Wagner, Lukas']],
    [
      'hyphenated and particles',
      'Tariq Al-Farsi met Lena van der Berg and Min-jun Lee.',
      ['Tariq Al-Farsi', 'Lena van der Berg', 'Min-jun Lee'],
    ],
    ['apostrophes', "Kind regards,\nJames O'Connor", ["James O'Connor"]],
    [
      'later mentions of a found name',
      'Met Nkechi Okafor today. Nkechi wants a proposal; Okafor signs.',
      ['Nkechi Okafor', 'Nkechi', 'Okafor'],
    ],
    ['cc list', 'cc: Ravi, Tomás\n\nPlease review.', ['Ravi', 'Tomás']],
    ['possessive with a personal noun', "Kwame's boss wants a proposal.", ['Kwame']],
    ['a known first name keeps an ordinary surname', 'Grace Park will join the call.', ['Grace Park']],
  ];
  for (const [label, text, expected] of positives) {
    it(`finds ${label}`, () => assert.deepEqual(found(text), expected));
  }

  it('finds CRM names and their parts, case-sensitively on word boundaries', () => {
    const text = 'Seun approved it. Ask Adeyemi-Okoro about seun@x.io, not Seunfolake.';
    assert.deepEqual(found(text, ['Seun Adeyemi-Okoro']), ['Seun', 'Adeyemi-Okoro']);
  });
  it('leaves ordinary words of a known name alone', () => {
    assert.deepEqual(found('Will you send it? Young teams grow.', ['Will Young']), []);
  });

  const negatives: [string, string][] = [
    ['companies', 'Northwind Logistics and Acme GmbH renewed with Salesforce.'],
    ['a surname opening a company name', 'Invoice from Haddad & Partners and Tanaka Medical Group.'],
    ['places', 'Our New York office and the San Francisco team.'],
    ['weekdays and months', 'See you Friday, or Monday 3 March.'],
    ['products', 'We use Microsoft Teams and Google Drive.'],
    ['headings', 'Next Steps: Pricing Review with the Customer Success team.'],
    ['transcript roles', 'Rep: Can you confirm?\nCustomer: Sure.'],
    ['job titles', 'Head of Procurement, VP Sales and the Account Executive.'],
    ['German text', 'Bei Fragen erreichen Sie die Buchhaltung. Vielen Dank!'],
    ['greeting to a group', 'Hi All,\nthanks. Dear Valued Customer,'],
    ['numbers and amounts', 'Order 10023456 for $48,000 in Q3 2025.'],
  ];
  for (const [label, text] of negatives) {
    it(`ignores ${label}`, () => assert.deepEqual(found(text), []));
  }
});
