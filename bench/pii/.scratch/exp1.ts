import nlp from 'compromise';
import { getNlp } from '../../../src/ai/technologies/local/nlp/nlp.ts';

const texts = [
  'Priya Raghunathan from Northwind Logistics asked about pricing. Oluwaseun Adeyemi will join.',
  'Spoke with Zhang Wei and Søren Kierkegaard about the renewal on Friday.',
  'Mateus Oliveira (CFO) wants the SOC 2 report. Hi Priya, thanks!',
  'Best regards,\nKatarzyna Wójcik\nHead of Procurement, Acme GmbH',
  'Please loop in Dr. Hiroshi Tanaka and Ms. Aisha Bello. Thanks, Tom',
  'Acme Corp signed with Salesforce Cloud. Google Drive link sent. New York office.',
  'Nguyen Thi Lan called about invoice 4471. Fatima Al-Sayed said ok.',
];
const w = getNlp();
for (const t of texts) {
  const doc = w.readDoc(t);
  const toks = doc.tokens().out() as string[];
  const pos = doc.tokens().out(w.its.pos) as string[];
  const sp = doc.tokens().out(w.its.precedingSpaces) as string[];
  const ents = doc.entities().out(w.its.detail);
  console.log(toks.map((x, i) => `${x}/${pos[i]}`).join(' '));
  console.log(' recon ok:', sp.map((s, i) => s + toks[i]).join('') === t, JSON.stringify(ents));
  console.log(
    ' compromise:',
    JSON.stringify(
      nlp(t)
        .people()
        .json({ offset: true })
        .map((p: any) => [p.text, p.offset.start, p.offset.length]),
    ),
  );
}
