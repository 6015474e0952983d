import { type Detector, regexMatches } from './detector.js';

// Unicode local parts and domains (IDN) occur in real addresses; the TLD must be letters so that
// "v2.1@3.0" style version strings are not taken for addresses.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

export const detectEmails: Detector = (text) => regexMatches('email', text, EMAIL);
