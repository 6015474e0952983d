import { detectPostalAddresses } from '../../../src/governance/minimise/detectors/postal-address.ts';

for (const t of [
  'Springfield, IL 62704.',
  'UK office: 221B Baker Street, London NW1 6XE. Springfield, IL 62704.',
  'Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500. Springfield, IL 62704.',
])
  console.log(detectPostalAddresses(t, { knownNames: [] }).map((m) => m.value));
