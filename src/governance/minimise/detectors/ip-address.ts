import { isIPv4, isIPv6 } from 'node:net';
import type { PiiMatch } from '../pii-types.js';
import { type Detector, toMatch } from './detector.js';

const IPV4 = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|\.\d)/g;
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{1,4})?(?![\w:])/g;
// "v1.2.3.4", "version 10.0.0.1": build numbers share the dotted-quad shape.
const VERSION_BEFORE = /(?:\bv|\bversion\s*|\bbuild\s*|\brelease\s*)$/i;

export const detectIpAddresses: Detector = (text) => {
  const v6: PiiMatch[] = [];
  for (const m of text.matchAll(IPV6)) {
    // Clock times ("10:30:00") fail isIPv6; a lone "::" is punctuation in prose.
    if (!isIPv6(m[0]) || !/[0-9A-Fa-f]/.test(m[0])) continue;
    v6.push(toMatch('ip_address', text, m.index, m.index + m[0].length));
  }
  const v4: PiiMatch[] = [];
  for (const m of text.matchAll(IPV4)) {
    if (!isIPv4(m[0]) || VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    // The IPv4 tail of "::ffff:192.0.2.128" belongs to the IPv6 address.
    if (v6.some((other) => other.start <= m.index && m.index < other.end)) continue;
    v4.push(toMatch('ip_address', text, m.index, m.index + m[0].length));
  }
  return [...v4, ...v6].sort((a, b) => a.start - b.start);
};
