import nlp from 'compromise';
import { getNlp } from '../../../src/ai/technologies/local/nlp/nlp.ts';
import { detectPii, PII_TYPES } from '../../../src/governance/minimise/index.ts';
import { LABELLED_SET } from '../labelled-set.ts';

const words = LABELLED_SET.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
console.log('words', words);
for (const t of PII_TYPES) for (const s of LABELLED_SET) detectPii(s.text, { types: [t] });
for (const t of PII_TYPES) {
  const t0 = performance.now();
  for (let i = 0; i < 5; i++)
    for (const s of LABELLED_SET) detectPii(s.text, { types: [t], knownNames: s.knownNames });
  console.log(t.padEnd(16), ((performance.now() - t0) / 5 / (words / 1000)).toFixed(2), 'ms/kword');
}
let t0 = performance.now();
for (let i = 0; i < 5; i++)
  for (const s of LABELLED_SET) {
    const d = nlp(s.text);
    d.people().json({ offset: true });
    d.places().json({ offset: true });
    d.organizations().json({ offset: true });
  }
console.log('compromise', ((performance.now() - t0) / 5 / (words / 1000)).toFixed(2));
t0 = performance.now();
const w = getNlp();
for (let i = 0; i < 5; i++)
  for (const s of LABELLED_SET) {
    const d = w.readDoc(s.text);
    d.tokens().out();
    d.tokens().out(w.its.pos);
  }
console.log('wink', ((performance.now() - t0) / 5 / (words / 1000)).toFixed(2));
// one long text
const long = LABELLED_SET.map((s) => s.text).join('\n\n');
t0 = performance.now();
for (let i = 0; i < 5; i++) detectPii(long, { types: PII_TYPES });
console.log('long text', ((performance.now() - t0) / 5 / (words / 1000)).toFixed(2));
