import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EditAction } from '../../../../technology.js';
import { analyze } from '../nlp.js';
import { editText, UnsupportedEdit } from './edit-text.js';
import { COMPLAINT_MESSAGE, MESSY_TASK, NEGOTIATION_CALL } from './fixtures.js';

const sentencesOf = (text: string) => analyze(text).length;

describe('editText: shorten', () => {
  it('keeps about half the sentences of an email, in order, with its greeting and sign-off', () => {
    const short = editText(COMPLAINT_MESSAGE, 'shorten');
    assert.ok(short.startsWith('Hi Sofia,\n\n'), short);
    assert.ok(short.endsWith('\n\nRegards,\nDaniel'), short);
    const body = short.slice('Hi Sofia,\n\n'.length, -'\n\nRegards,\nDaniel'.length);
    assert.ok(sentencesOf(body) <= Math.ceil(sentencesOf(COMPLAINT_MESSAGE) / 2), body);
    for (const s of analyze(body))
      assert.ok(COMPLAINT_MESSAGE.includes(s.text), `"${s.text}" is a sentence of the original`);
    const positions = analyze(body).map((s) => COMPLAINT_MESSAGE.indexOf(s.text));
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
      'original order',
    );
  });

  it('keeps speakers on a transcript, one turn per line', () => {
    const short = editText(NEGOTIATION_CALL, 'shorten');
    const lines = short.split('\n');
    assert.ok(lines.length >= 5 && lines.length < 27, `${lines.length} lines`);
    assert.ok(
      lines.every((l) => /^(?:Sofia Lindqvist|Daniel Roth|Marta Klein): /.test(l)),
      short,
    );
  });

  it('refuses a single sentence rather than returning it unchanged', () => {
    assert.throws(() => editText('We will send the contract on Friday.', 'shorten'), UnsupportedEdit);
  });
});

describe('editText: summarize and checklist', () => {
  it('summarises in at most three sentences of the text', () => {
    const s = editText(COMPLAINT_MESSAGE, 'summarize');
    assert.ok(sentencesOf(s) <= 3, s);
    assert.ok(!s.includes('Hi Sofia') && !s.includes('Regards'), s);
  });

  it('turns a note into one checkbox line per action', () => {
    const c = editText(MESSY_TASK, 'checklist');
    const lines = c.split('\n');
    assert.equal(lines.length, 8, c);
    assert.ok(
      lines.every((l) => l.startsWith('- [ ] ')),
      c,
    );
    assert.equal(lines[3], '- [ ] Check with finance whether the invoice from October was paid');
  });

  it('says so when a text has no actions', () => {
    assert.throws(() => editText('The pilot went well. Everyone was happy.', 'checklist'), {
      message: /No actions found/,
    });
  });
});

describe('editText: what the local engine refuses', () => {
  const cases: { action: EditAction; tone?: string; message: RegExp }[] = [
    { action: 'rewrite', message: /cannot rewrite a text: that needs a generative AI technology \(an LLM\)/ },
    { action: 'expand', message: /cannot expand a text/ },
    { action: 'translate', message: /cannot translate/ },
    { action: 'change_tone', tone: 'friendly', message: /cannot write in a friendly tone/ },
    { action: 'change_tone', tone: 'confident', message: /cannot write in a confident tone/ },
    { action: 'change_tone', tone: 'empathetic', message: /cannot write in an empathetic tone/ },
  ];
  for (const c of cases)
    it(`${c.action}${c.tone ? ` (${c.tone})` : ''}`, () =>
      assert.throws(
        () => editText('We cannot attend the demo on Friday.', c.action, c.tone),
        (e: unknown) => {
          assert.ok(e instanceof UnsupportedEdit, 'an UnsupportedEdit');
          assert.match((e as Error).message, c.message);
          return true;
        },
      ));

  it('does fix grammar and formal tone', () => {
    assert.equal(editText('teh demo is on friday', 'fix_grammar'), 'The demo is on Friday.');
    assert.equal(editText("We can't attend!!", 'change_tone', 'formal'), 'We cannot attend.');
  });
});
