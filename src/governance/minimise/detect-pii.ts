import { detectDatesOfBirth } from './detectors/date-of-birth.js';
import type { Detector } from './detectors/detector.js';
import { detectEmails } from './detectors/email.js';
import { detectIbans } from './detectors/iban.js';
import { detectIpAddresses } from './detectors/ip-address.js';
import { detectNationalIds } from './detectors/national-id.js';
import { detectPaymentCards } from './detectors/payment-card.js';
import { detectPeople } from './detectors/person.js';
import { detectPhones } from './detectors/phone.js';
import { detectPostalAddresses } from './detectors/postal-address.js';
import type { DetectOptions, PiiMatch, PiiType } from './pii-types.js';

const DETECTORS = {
  email: detectEmails,
  phone: detectPhones,
  payment_card: detectPaymentCards,
  iban: detectIbans,
  ip_address: detectIpAddresses,
  postal_address: detectPostalAddresses,
  person: detectPeople,
  date_of_birth: detectDatesOfBirth,
  national_id: detectNationalIds,
} satisfies Record<PiiType, Detector>;

// On overlap, a checksum or a fixed format is better evidence than a loose shape or a language model:
// "123-45-6789" is an SSN before it is a phone number, an IBAN's digits are no card, and a postcode
// such as "01310-200" inside an address is no phone number.
const SPECIFICITY: Record<PiiType, number> = {
  iban: 9,
  payment_card: 8,
  email: 7,
  national_id: 6,
  ip_address: 5,
  date_of_birth: 4,
  postal_address: 3,
  phone: 2,
  person: 1,
};

/** Keeps non-overlapping matches, the more specific type first, then the longer span, then the earlier. */
function resolveOverlaps(candidates: PiiMatch[]): PiiMatch[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      SPECIFICITY[b.type] - SPECIFICITY[a.type] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: PiiMatch[] = [];
  for (const match of ranked) {
    if (kept.every((other) => match.end <= other.start || match.start >= other.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Personal data of the asked types in `text`, as non-overlapping spans sorted by start. */
export function detectPii(text: string, opts: DetectOptions): PiiMatch[] {
  const context = { knownNames: opts.knownNames ?? [] };
  const candidates = [...new Set(opts.types)].flatMap((type) => DETECTORS[type](text, context));
  return resolveOverlaps(candidates.filter((m) => m.end > m.start));
}
