import { analyze } from '../nlp.js';
import { sentimentOf } from '../sentiment.js';
import type { ReplyFacts } from './facts.js';

export type ReplyIntent = 'question' | 'request' | 'complaint' | 'thanks' | 'info';

const COMPLAINT =
  /\b(?:disappointed|unacceptable|frustrat\w*|complain\w*|not working|doesn't work|does not work|broken|refund|still waiting|no one|nobody|annoy\w*|angry|upset|poor service|failed)\b/i;
const REQUEST =
  /\b(?:could you|can you|would you|please|we need|i need|kindly|send (?:me|us)|let me know)\b/i;
const THANKS = /\b(?:thanks?|thank you|appreciate|grateful)\b/i;

// "Hi Sofia, does …?" quotes as "Does …?"; "And could you …?" as "Could you …?".
const GREETING = /^(?:hi|hello|hey|dear)\b[^,.!?]{0,40},\s*(?=\S)/i;
const LEADING_AND = /^(?:and|also|plus)\s+(?=\p{L})/iu;

const firstName = (name: string | null | undefined) => name?.trim().split(/\s+/)[0];

/**
 * A reply to a message, chosen by what the message is (question, request, complaint, thanks, news)
 * and quoting what it asks. It commits to nothing beyond looking into it and answering.
 */
export function suggestReply(
  message: string,
  facts: ReplyFacts = {},
): {
  text: string;
  intent: ReplyIntent;
  sentiment: { score: number; label: 'positive' | 'neutral' | 'negative' };
} {
  const sentences = analyze(message);
  const tone = sentimentOf(sentences);
  const asks = sentences.map((s) => {
    const t = s.text.trim().replace(GREETING, '').replace(LEADING_AND, '');
    return t.charAt(0).toUpperCase() + t.slice(1);
  });
  const questions = asks.filter((t) => t.endsWith('?'));
  const requests = asks.filter((t) => REQUEST.test(t) && !t.endsWith('?'));
  const intent: ReplyIntent =
    COMPLAINT.test(message) || tone.score <= -0.3
      ? 'complaint'
      : questions.length
        ? 'question'
        : requests.length
          ? 'request'
          : THANKS.test(message)
            ? 'thanks'
            : 'info';
  const hello = firstName(facts.authorName) ? `Hi ${firstName(facts.authorName)},` : 'Hi,';
  const quote = (items: string[]) =>
    items
      .slice(0, 3)
      .map((q) => `> ${q}`)
      .join('\n');
  const about = facts.dealTitle ? ` on ${facts.dealTitle}` : '';
  const body: Record<ReplyIntent, string> = {
    complaint: `I'm sorry to hear about this, and thank you for telling us.${
      questions.length || requests.length ? `\n\n${quote([...questions, ...requests])}\n\n` : ' '
    }I'm looking into it now and will update you as soon as I know more.`,
    question: `Thanks for your message${about}. You asked:\n\n${quote(questions)}\n\nI'll check and come back to you with an answer shortly.`,
    request: `Thanks${about}. Noted:\n\n${quote(requests)}\n\nI'll take care of it and confirm once it's done.`,
    thanks: "You're welcome — glad it helped. Let me know if there is anything else.",
    info: `Thanks for the update${about}. Noted — I'll keep it in mind for our next steps.`,
  };
  const sign = facts.senderName ? `\n\nBest regards,\n${facts.senderName}` : '\n\nBest regards';
  return {
    text: `${hello}\n\n${body[intent]}${sign}`,
    intent,
    sentiment: { score: tone.score, label: tone.label },
  };
}
