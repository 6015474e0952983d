import { type Detector, toMatch } from './detector.js';

/** IBAN length per country (ISO 13616 registry), as "country code + length" pairs. */
const IBAN_LENGTH = new Map(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 ' +
    'EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 ' +
    'KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 ' +
    'PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
);

// Greedy on purpose: the country's length decides where the IBAN ends, so "… 00 BIC COBA…" is cut.
const CANDIDATE = /(?<![A-Za-z0-9])([A-Z]{2})\d{2}(?: ?[A-Z0-9]){11,30}/g;

/** ISO 7064 mod 97-10 over the rearranged IBAN, computed in chunks to stay within safe integers. */
export function passesMod97(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** End offset after `length` alphanumerics from `start`, or -1 when the candidate is shorter. */
function endAfter(text: string, start: number, length: number): number {
  let count = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] !== ' ') count++;
    if (count === length) return i + 1;
  }
  return -1;
}

export const detectIbans: Detector = (text) => {
  const found = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const length = IBAN_LENGTH.get(m[1]!);
    if (!length) continue;
    const end = endAfter(m[0], 0, length);
    // Glued to more alphanumerics means a longer token, not an IBAN that happens to start it.
    if (end < 0 || /[A-Za-z0-9]/.test(text[m.index + end] ?? '')) continue;
    if (!passesMod97(m[0].slice(0, end).replaceAll(' ', ''))) continue;
    found.push(toMatch('iban', text, m.index, m.index + end));
  }
  return found;
};
