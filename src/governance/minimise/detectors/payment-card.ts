import { type Detector, digitsOf, toMatch } from './detector.js';

// 13–19 digits, written solid or in groups split by single spaces or dashes.
const CANDIDATE = /(?<![\d.,-])\d(?:[ -]?\d){12,18}(?![\d]|[.,]\d)/g;
// Issuer prefixes in use (Visa 4, Mastercard 2/5, Amex 3, Discover/UnionPay/Maestro 6): a Luhn-valid
// order number starting with 1, 7, 8, 9 or 0 is far more likely than a card.
const ISSUER = /^[2-6]/;

/** The Luhn checksum every payment card number satisfies. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function isCardNumber(value: string): boolean {
  const digits = digitsOf(value);
  if (digits.length < 13 || digits.length > 19 || !ISSUER.test(digits)) return false;
  // One kind of separator throughout: "4111 1111-1111 1111" is a pasted mix of numbers, not a card.
  if (value.includes(' ') && value.includes('-')) return false;
  if (/^(\d)\1+$/.test(digits)) return false;
  return passesLuhn(digits);
}

export const detectPaymentCards: Detector = (text) =>
  [...text.matchAll(CANDIDATE)]
    .filter((m) => isCardNumber(m[0]))
    .map((m) => toMatch('payment_card', text, m.index, m.index + m[0].length));
