import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixGrammar } from './fix-grammar.js';
import { formalTone } from './formal-tone.js';

describe('fixGrammar: one fix per case', () => {
  const cases: [string, string][] = [
    ['i think teh contract was recieved yesterday', 'I think the contract was received yesterday.'],
    ['We will definately send it untill friday', 'We will definitely send it until Friday.'],
    ['Please send the the invoice to finance', 'Please send the invoice to finance.'],
    ['I know that that is hard for your team', 'I know that that is hard for your team.'],
    ['The demo went well .the customer liked it', 'The demo went well. The customer liked it.'],
    ['We talked yesterday.we agreed on the price', 'We talked yesterday. We agreed on the price.'],
    ['Prices,terms and dates are in the quote', 'Prices, terms and dates are in the quote.'],
    ['We  meet   on   monday', 'We meet on Monday.'],
    ['the call is on dec 12 with the coo', 'The call is on Dec 12 with the COO.'],
    ['we may sign in march, the crm is ready', 'We may sign in march, the CRM is ready.'],
    [
      'see cohelm.io and mark.davis@northwind.com for details',
      'See cohelm.io and mark.davis@northwind.com for details.',
    ],
    ['e.g. the pilot, i.e. twelve seats are included', 'E.g. the pilot, i.e. twelve seats are included.'],
    ['Thier seperate budget is definately approved', 'Their separate budget is definitely approved.'],
    ['Is the budget approved?', 'Is the budget approved?'],
    ['Hi Sofia,', 'Hi Sofia,'],
    ['- send the quote to procurement', '- Send the quote to procurement'],
    ['Best regards', 'Best regards'],
    ['Version 2.5 costs 1,200.50 EUR per year', 'Version 2.5 costs 1,200.50 EUR per year.'],
  ];
  for (const [input, expected] of cases) it(input, () => assert.equal(fixGrammar(input), expected));

  it('keeps line breaks and paragraphs', () => {
    assert.equal(
      fixGrammar('hi team,\n\nwe recieved the PO today\n- book teh kickoff'),
      'Hi team,\n\nWe received the PO today.\n- Book the kickoff',
    );
  });

  it('changes nothing in a correct text', () => {
    const text = 'The contract was signed on Friday. Sofia will send the invoice to Northwind next week.';
    assert.equal(fixGrammar(text), text);
  });
});

describe('formalTone: one informal habit per case', () => {
  const cases: [string, string][] = [
    [
      "Hey team!!! We can't make it tomorrow, gonna move the demo to next week 🙂 thx",
      'Hello team. We cannot make it tomorrow, going to move the demo to next week. Thank you.',
    ],
    ["I'm sure we'll sign, it's been a great pilot :)", 'I am sure we will sign, it has been a great pilot.'],
    ['Hi guys, pls send the deck asap', 'Hello everyone, please send the deck as soon as possible.'],
    [
      "Yeah, that's ok with us, we don't need the add-on",
      'Yes, that is all right with us, we do not need the add-on.',
    ],
    ['What?! Who approved this??', 'What? Who approved this?'],
    ['FYI the price is super low lol', 'For your information the price is very low.'],
    ['Let’s talk tomorrow, I won’t be free today', 'Let us talk tomorrow, I will not be free today.'],
  ];
  for (const [input, expected] of cases) it(input, () => assert.equal(formalTone(input), expected));
});
