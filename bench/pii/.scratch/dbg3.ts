import { getNlp } from '../../../src/ai/technologies/local/nlp/nlp.ts';
import { languageModelSpans } from '../../../src/governance/minimise/detectors/person-candidates.ts';
import { isNameShaped, nameWordKind } from '../../../src/governance/minimise/detectors/person-words.ts';

const w = getNlp();
for (const t of [
  'Jisoo is on leave and Min-jun Lee has the workshop that day.',
  'Board members: Hye-jin Cho and Tomasz.',
]) {
  const d = w.readDoc(t);
  console.log(d.tokens().out(), d.tokens().out(w.its.pos));
  console.log(languageModelSpans(t).map((s) => t.slice(s.start, s.end)));
}
for (const x of ['Min-jun', 'Min', 'Lee', 'Hye-jin', 'Cho', 'jun'])
  console.log(x, isNameShaped(x), nameWordKind(x));
