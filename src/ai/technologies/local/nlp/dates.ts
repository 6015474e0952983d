import * as chrono from 'chrono-node';

/** A date mention resolved against the reference date. */
export type FoundDate = { text: string; index: number; date: string };

const DAY_MS = 86_400_000;
const FRIDAY = 5;

// chrono does not know the deadline shorthand common in sales notes (EOD, end of the week).
const endOfPeriod: chrono.Parser = {
  pattern: () =>
    /\b(?:(eod|cob|eow|eom|eoq|eoy)|(?:the\s+)?(?:end|close)\s+of\s+(?:(?:the|this)\s+)?(next\s+)?(day|business|week|month|quarter|year))\b/i,
  extract: (context, match) => {
    const unit = periodOf(match[1], match[3]);
    if (!unit) return null;
    const end = endOf(unit, context.reference.instant, match[2] !== undefined);
    return { year: end.getUTCFullYear(), month: end.getUTCMonth() + 1, day: end.getUTCDate() };
  },
};

const parser = chrono.casual.clone();
parser.parsers.push(endOfPeriod);

type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

function periodOf(shorthand: string | undefined, word: string | undefined): Period | null {
  const key = (shorthand ?? word ?? '').toLowerCase();
  const periods: Record<string, Period> = {
    eod: 'day',
    cob: 'day',
    day: 'day',
    business: 'day',
    eow: 'week',
    week: 'week',
    eom: 'month',
    month: 'month',
    eoq: 'quarter',
    quarter: 'quarter',
    eoy: 'year',
    year: 'year',
  };
  return periods[key] ?? null;
}

function endOf(period: Period, reference: Date, next: boolean): Date {
  const year = reference.getUTCFullYear();
  const month = reference.getUTCMonth();
  switch (period) {
    case 'day':
      return new Date(reference.getTime() + (next ? DAY_MS : 0));
    case 'week': {
      // The working week ends on Friday; at the weekend that means the coming Friday.
      const ahead = (FRIDAY - reference.getUTCDay() + 7) % 7;
      return new Date(reference.getTime() + (ahead + (next ? 7 : 0)) * DAY_MS);
    }
    case 'month':
      return new Date(Date.UTC(year, month + (next ? 2 : 1), 0));
    case 'quarter':
      return new Date(Date.UTC(year, (Math.floor(month / 3) + (next ? 2 : 1)) * 3, 0));
    case 'year':
      return new Date(Date.UTC(year + (next ? 1 : 0), 12, 0));
  }
}

// A day-level date needs the day, the weekday or the month; "next year" or "this week" alone is too vague.
const CASUAL_DAY = /\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening))\b/i;
// Durations ("a four hour response time") and quarters are parsed by chrono as odd points in time.
const NOT_A_DATE = /\b(?:hours?|minutes?|mins?|seconds?|secs?|quarter)\b/i;
// "now" is an adverb far more often than a deadline; "takes six weeks" is a duration, not "in six weeks".
const NOT_A_POINT =
  /^(?:now|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of)\s+(?:days?|weeks?|months?|years?))$/i;
const PREPOSITION = /^(?:on|at|in|by)\s+/i;

/**
 * Finds dates with chrono, looking forward from the reference date. The reference is read in UTC so
 * the same text gives the same dates on every server.
 */
export function findDates(text: string, referenceDate: Date): FoundDate[] {
  const reference = { instant: referenceDate, timezone: 'UTC' };
  return parser
    .parse(text, reference, { forwardDate: true })
    .filter((result) => {
      const { start } = result;
      const dayLevel =
        start.isCertain('day') ||
        start.isCertain('weekday') ||
        start.isCertain('month') ||
        CASUAL_DAY.test(result.text);
      if (!dayLevel || NOT_A_POINT.test(result.text)) return false;
      return !NOT_A_DATE.test(result.text) || /\b(?:end|close) of\b/i.test(result.text);
    })
    .map((result) => {
      // chrono sometimes keeps the preposition or the comma around the phrase ("on Friday,").
      const lead = PREPOSITION.exec(result.text)?.[0].length ?? 0;
      return {
        text: result.text.slice(lead).replace(/[\s,.;:]+$/, ''),
        index: result.index + lead,
        date: result.start.date().toISOString().slice(0, 10),
      };
    });
}
