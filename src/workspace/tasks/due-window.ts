/** The offset of a time zone from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant local midnight starts on a calendar day in a time zone (DST-aware). */
function midnight(timeZone: string, year: number, month: number, day: number): Date {
  const guess = Date.UTC(year, month, day);
  const first = guess - offsetAt(timeZone, guess);
  // The offset at the guess may differ from the offset at midnight itself across a DST change.
  return new Date(guess - offsetAt(timeZone, first));
}

const validZone = (timeZone: string): string => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
};

/**
 * `[from, to)` for "due today" and "due this week" as the account's people see the calendar: from the
 * start of today, for one or seven days, in the account's time zone.
 */
export function dueWindow(range: 'today' | 'week', timeZone: string, now = new Date()) {
  const zone = validZone(timeZone);
  const local = new Date(now.getTime() + offsetAt(zone, now.getTime()));
  const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()];
  return { from: midnight(zone, y, m, d), to: midnight(zone, y, m, d + (range === 'today' ? 1 : 7)) };
}
