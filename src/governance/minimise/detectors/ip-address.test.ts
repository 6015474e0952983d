import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectIpAddresses } from './ip-address.js';

const found = (text: string) => detectIpAddresses(text, { knownNames: [] }).map((m) => m.value);

describe('detectIpAddresses', () => {
  const rows: [string, string[]][] = [
    ['login from 203.0.113.42 failed', ['203.0.113.42']],
    ['client=203.0.113.9:443 status=403', ['203.0.113.9']],
    ['allow 10.0.0.0/8 and 172.16.5.20.', ['10.0.0.0', '172.16.5.20']],
    ['gateway 2001:db8:85a3::8a2e:370:7334', ['2001:db8:85a3::8a2e:370:7334']],
    ['full 2001:0db8:0000:0000:0000:ff00:0042:8329', ['2001:0db8:0000:0000:0000:ff00:0042:8329']],
    ['loopback ::1 only', ['::1']],
    ['mapped ::ffff:192.0.2.128', ['::ffff:192.0.2.128']],
    ['octet out of range 256.1.1.1', []],
    ['version v1.2.3.4 and version 10.0.0.1', []],
    ['five parts 1.2.3.4.5', []],
    ['clock 10:30:00 and ratio 3:2', []],
    ['date 2024.11.03', []],
  ];
  for (const [text, expected] of rows) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () =>
      assert.deepEqual(found(text), expected));
  }
});
