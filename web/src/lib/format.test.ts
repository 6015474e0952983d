import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatBytes, formatDuration, formatMoney, hostOf, initials, totalsByCurrency } from './format';

describe('format', () => {
  test('money in its currency, an unknown code spelled out, nothing as a dash', () => {
    assert.equal(formatMoney('12500', 'USD', 'en-US'), '$12,500.00');
    assert.equal(formatMoney(4800.5, 'EUR', 'en-US'), '€4,800.50');
    assert.equal(formatMoney('4800.5', 'EUR', 'de-DE'), '4.800,50\u00a0€');
    assert.equal(formatMoney(null, 'USD'), '—');
    assert.equal(formatMoney('10', 'ZZZ', 'en-US'), 'ZZZ\u00a010.00');
  });

  test('totals per currency, largest first, skipping deals without an amount', () => {
    assert.deepEqual(
      totalsByCurrency([
        { amount: '100.50', currency: 'EUR' },
        { amount: null, currency: 'USD' },
        { amount: '1000', currency: 'USD' },
        { amount: '0.25', currency: 'EUR' },
      ]),
      [
        { currency: 'USD', total: 1000 },
        { currency: 'EUR', total: 100.75 },
      ],
    );
  });

  test('durations, sizes, initials and hosts', () => {
    assert.equal(formatDuration(75), '1:15');
    assert.equal(formatDuration(3725), '1:02:05');
    assert.equal(formatDuration(null), '—');
    assert.equal(formatBytes(48_000), '46.9 KB');
    assert.equal(initials('erin  van example'), 'EE');
    assert.equal(initials('Cher'), 'C');
    assert.equal(hostOf('https://www.acme.example/about'), 'www.acme.example');
  });
});
