import { detectPii, PII_TYPES } from '../../../src/governance/minimise/index.ts';

const texts = [
  `Anna Keller: Thanks for joining. Priya Raghunathan from Northwind Logistics asked about pricing, $48,000 for 120 seats.
Mark Davis: Oluwaseun Adeyemi will join on Friday. Call me on +49 30 1234 5678 or (415) 555-0132.`,
  `Hi Priya,\nplease wire to DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX. Card 4111 1111 1111 1111.\nBest regards,\nKatarzyna Wójcik\nHead of Procurement, Acme GmbH\nHauptstraße 5, 10115 Berlin\nTel. 030 1234567`,
  `Customer DOB: 12.03.1985, SSN 123-45-6789, NINO QQ 12 34 56 C, passport no. X1234567. Steuer-ID: 12 345 678 901. Server 192.168.1.10 and 2001:db8::8a2e:370:7334. Version 2.14.3, order 10023456, ZIP 94107, in 2024, on 2024-03-15.`,
  `Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500. UK office: 221B Baker Street, London NW1 6XE. Springfield, IL 62704.`,
  `Spoke with Zhang Wei and Søren Kierkegaard. Dr. Hiroshi Tanaka and Ms. Aisha Bello. Thanks, Tom. Mateus Oliveira (CFO) wants SOC 2. Google Drive, Microsoft Teams, New York office, Salesforce Cloud.`,
];
for (const t of texts) {
  const t0 = performance.now();
  const ms = detectPii(t, { types: PII_TYPES, knownNames: ['Mateus Oliveira'] });
  console.log((performance.now() - t0).toFixed(1), 'ms');
  for (const m of ms) console.log('  ', m.type.padEnd(15), JSON.stringify(m.value));
}
