import { LABELLED_SET } from '../labelled-set.ts';
import { scoreSnippets } from '../run-pii-bench.ts';

const { outcomes } = scoreSnippets();
const ids = new Set(LABELLED_SET.filter((s) => s.id.startsWith(process.argv[2] ?? 'mixed')).map((s) => s.id));
let exp = { s: 0, p: 0 },
  miss = { s: 0, p: 0 },
  spur = 0;
for (const s of LABELLED_SET)
  if (ids.has(s.id)) for (const e of s.expected) exp[e.type === 'person' ? 'p' : 's']++;
for (const o of outcomes)
  if (ids.has(o.id)) {
    for (const m of o.missed) miss[m.type === 'person' ? 'p' : 's']++;
    spur += o.spurious.length;
  }
console.log(
  'structured',
  exp.s,
  'recall',
  (1 - miss.s / exp.s).toFixed(3),
  'person',
  exp.p,
  'recall',
  (1 - miss.p / exp.p).toFixed(3),
  'spurious',
  spur,
);
