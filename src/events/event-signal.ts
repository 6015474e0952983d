import type pg from 'pg';
import { EVENTS_CHANNEL } from './outbox.js';

/**
 * Wakes the event dispatchers of every process after writes commit. Writes within a short window
 * share one NOTIFY, sent outside any write transaction (so commits are not serialised behind the
 * notification queue lock). A lost signal only delays delivery until the dispatchers' next poll.
 */
export class EventSignal {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly delayMs = 10,
  ) {}

  poke(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pool.query(`select pg_notify('${EVENTS_CHANNEL}', '')`).catch(() => {});
    }, this.delayMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
