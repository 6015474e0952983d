import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPhones } from './phone.js';

const found = (text: string) => detectPhones(text, { knownNames: [] }).map((m) => m.value);

describe('detectPhones', () => {
  const positives: [string, string[]][] = [
    ['Call me on +49 30 1234 5678.', ['+49 30 1234 5678']],
    ['Tel.: +49 (0)30 1234 5678', ['+49 (0)30 1234 5678']],
    ['US office (415) 555-0132 or 415.555.0199', ['(415) 555-0132', '415.555.0199']],
    ['UK 020 7946 0958, mobile 07700 900123', ['020 7946 0958', '07700 900123']],
    ['Fon 089/12345678', ['089/12345678']],
    ['Mobil 0171 2345678 / 030 20614 587', ['0171 2345678', '030 20614 587']],
    ['Toll-free 1-800-555-0199', ['1-800-555-0199']],
    ['+353-1-555-0143 ext. 204', ['+353-1-555-0143 ext. 204']],
    ['Vous pouvez me joindre au 06 12 34 56 78.', ['06 12 34 56 78']],
    ['São Paulo office (11) 3555-0142', ['(11) 3555-0142']],
    ['call my mobile, 4155550132, any time', ['4155550132']],
    ['WhatsApp 0049 171 2345678', ['0049 171 2345678']],
  ];
  const negatives: [string, string][] = [
    ['money', 'The deal is $48,000 for 120 seats'],
    ['euro amount', 'Angebot über 24.500 € netto, Summe 1.299.000 EUR'],
    ['ISO date', 'Go-live on 2024-03-15'],
    ['German date', 'Valid from 15.03.2024'],
    ['US date', 'Signed 03/15/2024'],
    ['order number', 'Order #10023456 and PO 4500012345'],
    ['year range', 'Contract ran 2019-2024'],
    ['ZIP code', 'ZIP 94107'],
    ['version', 'Release 2.14.3 and build 2024.11.3'],
    ['IPv4', 'Server 192.168.10.54'],
    ['SKU', 'SKU 8842-113-09'],
    ['payment card', 'Card 4111 1111 1111 1111'],
    ['too short', 'Room 555-01'],
    ['time', 'Meet at 10:30 or 14:00'],
    ['percent', 'Growth of 1234567%'],
  ];
  for (const [text, expected] of positives) {
    it(`finds ${JSON.stringify(expected)}`, () => assert.deepEqual(found(text), expected));
  }
  for (const [label, text] of negatives) {
    it(`ignores ${label}: ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), []));
  }
});
