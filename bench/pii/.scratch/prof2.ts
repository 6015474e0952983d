import nlp from 'compromise';
import { LABELLED_SET } from '../labelled-set.ts';

const words = LABELLED_SET.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
const time = (label: string, f: (t: string) => void) => {
  for (const s of LABELLED_SET) f(s.text);
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) for (const s of LABELLED_SET) f(s.text);
  console.log(label, ((performance.now() - t0) / 5 / (words / 1000)).toFixed(2));
};
time('doc only', (t) => nlp(t));
time('doc+people', (t) => nlp(t).people().json({ offset: true }));
time('doc+3', (t) => {
  const d = nlp(t);
  d.people().json({ offset: true });
  d.places().json({ offset: true });
  d.organizations().json({ offset: true });
});
time('doc+3 out', (t) => {
  const d = nlp(t);
  d.people().out('offset');
  d.places().out('offset');
  d.organizations().out('offset');
});
time('doc+3 light json', (t) => {
  const d = nlp(t);
  for (const v of [d.people(), d.places(), d.organizations()])
    v.json({ offset: true, terms: false, text: true, normal: false });
});
