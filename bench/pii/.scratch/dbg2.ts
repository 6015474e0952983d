import { getNlp } from '../../../src/ai/technologies/local/nlp/nlp.ts';
import { nameWordKind } from '../../../src/governance/minimise/detectors/person-words.ts';

const w = getNlp();
for (const t of ['Tariq Al-Farsi: We expect', 'Hi, Priscilla Nakamura-Hughes', 'Hyun-woo Park: Can']) {
  const d = w.readDoc(t);
  console.log(d.tokens().out(), d.tokens().out(w.its.pos));
}
for (const x of [
  'Rep',
  'Al',
  'Obi',
  'Pita',
  'Farsi',
  'Hughes',
  'Nakamura',
  'Hyun',
  'Leiterin',
  'Einkauf',
  'Bei',
  'Fragen',
  'Emeka',
  'Seun',
  'Pernilla',
  'Ayaka',
])
  console.log(x, nameWordKind(x));
