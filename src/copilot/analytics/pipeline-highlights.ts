type Money = { currency: string; total: number };

/** The figures of a pipeline summary the highlights are written from. */
export type HighlightFacts = {
  open: { count: number; amounts: (Money & { weighted: number })[] };
  stale: { count: number; amounts: Money[] };
  closingSoon: { count: number; amounts: Money[] };
  overdueTasks: number;
  winRate: { won: number; lost: number; rate: number | null; days: number };
  averageDaysToClose: number | null;
  atRisk: number;
};

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
// Currencies are listed side by side, never added up.
const money = (xs: Money[], pick: (m: Money & { weighted?: number }) => number = (m) => m.total) =>
  xs.map((m) => `${fmt(pick(m))} ${m.currency}`).join(' and ');
const deals = (n: number) => `${n} deal${n === 1 ? '' : 's'}`;
const worth = (xs: Money[]) => (xs.length ? ` worth ${money(xs)}` : '');

/**
 * Three to six plain sentences, always in the same order and always from the same numbers: the open
 * pipeline, the win rate and overdue tasks always; stale deals when any deal is open; deals closing
 * soon and deals with risks when there are any.
 */
export function pipelineHighlights(f: HighlightFacts): string[] {
  const { won, lost, rate, days } = f.winRate;
  const open = f.open.count
    ? `There ${f.open.count === 1 ? 'is 1 open deal' : `are ${f.open.count} open deals`}${worth(f.open.amounts)}${
        f.open.amounts.length
          ? ` (weighted by probability: ${money(f.open.amounts, (m) => m.weighted ?? 0)})`
          : ''
      }.`
    : 'There are no open deals.';
  const stale = f.stale.count
    ? `${deals(f.stale.count)}${worth(f.stale.amounts)} ${f.stale.count === 1 ? 'has' : 'have'} had no activity for two weeks or more.`
    : f.open.count
      ? 'Every open deal had activity in the last two weeks.'
      : null;
  const win =
    rate === null
      ? `No deals were won or lost in the last ${days} days.`
      : `Win rate over the last ${days} days: ${Math.round(rate * 100)}% (${won} won, ${lost} lost)${
          f.averageDaysToClose === null
            ? ''
            : `; won deals took ${f.averageDaysToClose} days on average to close`
        }.`;
  const closing = f.closingSoon.count
    ? `${deals(f.closingSoon.count)}${worth(f.closingSoon.amounts)} should close within 30 days.`
    : null;
  const overdue = f.overdueTasks
    ? `${f.overdueTasks} task${f.overdueTasks === 1 ? ' is' : 's are'} overdue.`
    : 'No task is overdue.';
  const risks = f.atRisk ? `CoPilot's deal briefs name risks on ${deals(f.atRisk)}.` : null;
  return [open, stale, win, closing, overdue, risks].filter((h): h is string => h !== null);
}
