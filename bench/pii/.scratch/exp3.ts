import nlp from 'compromise';
import { getNlp } from '../../../src/ai/technologies/local/nlp/nlp.ts';

const w = getNlp();
const texts = [
  "Sean O'Brien and Jean-Luc Picard met Lena van der Berg.",
  'María José García and Zoë McDonald, DeAndre Jones',
  'Thanks Priya! Cheers, Tom',
  'Spoke to Park Ji-ho at the New York office and San Francisco HQ with Microsoft Teams.',
  'Kind regards,\nJoão Silva\nAccount Executive | Northwind Logistics',
];
for (const t of texts) {
  const doc = w.readDoc(t);
  const toks = doc.tokens().out() as string[];
  const pos = doc.tokens().out(w.its.pos) as string[];
  console.log(toks.map((x, i) => `${x}/${pos[i]}`).join(' '));
  console.log(
    ' compromise:',
    JSON.stringify(
      nlp(t)
        .people()
        .json({ offset: true })
        .map((p: any) => [p.text]),
    ),
    JSON.stringify(nlp(t).places().out('array')),
    JSON.stringify(nlp(t).organizations().out('array')),
  );
}
const d = w.readDoc('');
for (const x of [
  'ji-ho',
  'thi',
  'acme',
  'priya',
  'oluwaseun',
  'keller',
  'jones',
  'park',
  'smith',
  'young',
  'rose',
  'hope',
  'north',
  'wind',
])
  console.log(x, d.isOOV(x));
const lex = (nlp as any).model().one.lexicon;
console.log(
  Object.keys(lex).length,
  lex['park'],
  lex['young'],
  lex['rose'],
  lex['hope'],
  lex['new york'],
  lex['san francisco'],
);
