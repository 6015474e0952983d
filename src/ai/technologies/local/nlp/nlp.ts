import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItsFunction, type PartOfSpeech, type Tokens, type WinkMethods } from 'wink-nlp';
import { splitSegments } from './segments.js';

export type Token = {
  value: string;
  normal: string;
  lemma: string;
  pos: PartOfSpeech;
  stop: boolean;
  /** wink token type: word, number, punctuation, currency, email, … */
  type: string;
};

export type Sentence = {
  /** Position in document order. */
  index: number;
  /** Index of the turn, paragraph or bullet the sentence came from. */
  segment: number;
  speaker: string | null;
  /** Sentence text without the speaker prefix. */
  text: string;
  tokens: Token[];
  /** Lemmas of the content words, in order, stop words and fillers removed. */
  content: string[];
  /** wink sentiment, -1..1. */
  sentiment: number;
};

const CONTENT_POS = new Set<PartOfSpeech>(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
// Spoken fillers that wink does not flag as stop words but that carry no topic.
const FILLERS = new Set(['um', 'uh', 'hmm', 'yeah', 'yep', 'okay', 'ok', 'oh', 'right']);

// Pleasantries open and close many turns and emails; they are formulaic unless the sentence goes on.
const PLEASANTRY =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|thanks|thank you|bye|goodbye|talk soon|nice to|great to|sounds good|okay|ok|sure|yes|yeah|perfect|great|cheers|no worries|best regards|kind regards)\b/i;
const PLEASANTRY_MAX_WORDS = 6;

let instance: WinkMethods | undefined;

/** The wink pipeline; the model is large, so it is loaded on first use and then shared. */
export function getNlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}

export function isContentToken(token: Token): boolean {
  return (
    (token.type === 'word' || token.type === 'number') &&
    !token.stop &&
    CONTENT_POS.has(token.pos) &&
    token.lemma.length > 1 &&
    !FILLERS.has(token.lemma)
  );
}

function readTokens(tokens: Tokens): Token[] {
  const { its } = getNlp();
  const values = tokens.out() as string[];
  const normals = tokens.out(its.normal) as string[];
  // wink types `its.lemma` with the model add-ons argument, which `out` supplies at run time.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const pos = tokens.out(its.pos) as PartOfSpeech[];
  const stops = tokens.out(its.stopWordFlag) as boolean[];
  const types = tokens.out(its.type) as string[];
  return values.map((value, i) => ({
    value,
    normal: normals[i]!,
    lemma: lemmas[i]!,
    pos: pos[i]!,
    stop: stops[i]!,
    type: types[i]!,
  }));
}

/** Tokenises one piece of text without speaker handling: labels, keywords, short phrases. */
export function tokenize(text: string): Token[] {
  return readTokens(getNlp().readDoc(text).tokens());
}

/**
 * Splits text into sentences with tokens, lemmas and sentiment in one wink pass per segment.
 * Speaker prefixes (`Anna: …`, `[00:01:02] Anna: …`) become `speaker` and leave the text.
 */
export function analyze(text: string): Sentence[] {
  const nlp = getNlp();
  const { its } = nlp;
  const sentences: Sentence[] = [];
  splitSegments(text).forEach((segment, segmentIndex) => {
    const doc = nlp.readDoc(segment.text);
    const tokens = readTokens(doc.tokens());
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    const texts = doc.sentences().out() as string[];
    const scores = doc.sentences().out(its.sentiment) as unknown as number[];
    spans.forEach(([start, end], i) => {
      const sentenceTokens = tokens.slice(start, end + 1);
      sentences.push({
        index: sentences.length,
        segment: segmentIndex,
        speaker: segment.speaker,
        text: texts[i]!.trim(),
        tokens: sentenceTokens,
        content: sentenceTokens.filter(isContentToken).map((token) => token.lemma),
        sentiment: scores[i] ?? 0,
      });
    });
  });
  return sentences;
}

/** "Thanks again, Mark, talk soon." — a greeting, thanks or sign-off with little else in it. */
export function isPleasantry(sentence: Sentence): boolean {
  return PLEASANTRY.test(sentence.text) && new Set(sentence.content).size <= PLEASANTRY_MAX_WORDS;
}
