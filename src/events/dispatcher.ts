import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../store/database.js';
import type { PgListener } from '../store/pg-listener.js';
import { eventDeliveries, type events } from '../store/schema/index.js';
import { EVENTS_CHANNEL } from './outbox.js';

export type DomainEvent = typeof events.$inferSelect;

/**
 * A subscriber handles events inside a transaction that also records its delivery, so a handler's
 * database effects happen exactly once per (event, subscriber) even though delivery is at-least-once.
 */
export type Subscriber = {
  name: string;
  /** Event types it wants; '*' for all. */
  types: readonly string[] | '*';
  handle(tx: Tx, event: DomainEvent): Promise<void>;
};

export type DispatcherOptions = {
  db: Database;
  /** Wakes the dispatcher on NOTIFY; without it the dispatcher polls only. */
  listener?: PgListener;
  subscribers: readonly Subscriber[];
  pollMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  log?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
};

const wants = (s: Subscriber, type: string) => s.types === '*' || s.types.includes(type);
const backoffMs = (attempt: number) => Math.min(60_000 * 30, 1000 * 2 ** attempt);

/**
 * Delivers outbox events to subscribers. Several processes may run one each: a batch is claimed with
 * FOR UPDATE SKIP LOCKED, and an event is marked dispatched once every interested subscriber has
 * either handled it or given up on it (dead after maxAttempts; kept for inspection).
 */
export class EventDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly opts: DispatcherOptions) {}

  async start(): Promise<void> {
    this.opts.listener?.on(EVENTS_CHANNEL, () => this.kick());
    this.opts.listener?.onReconnect(() => this.kick());
    const tick = () => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(tick, this.opts.pollMs ?? 1000);
      this.timer.unref();
    };
    tick();
  }

  /** Runs a dispatch pass now (coalesced with one already running). */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err) => this.opts.log?.error({ err }, 'event dispatch failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Dispatches until nothing is due. Tests call this to run delivery deterministically. */
  async drain(): Promise<void> {
    while (!this.stopped && (await this.dispatchBatch()) > 0) {
      /* keep going while batches are full of work */
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One batch: returns how many events it finished. */
  async dispatchBatch(): Promise<number> {
    const { db, subscribers } = this.opts;
    const limit = this.opts.batchSize ?? 100;
    const maxAttempts = this.opts.maxAttempts ?? 10;
    return db.transaction(async (tx) => {
      const claimed = await tx.execute<DomainEventRow>(sql`
        select * from events
        where dispatched_at is null
          and not exists (
            select 1 from event_deliveries d
            where d.event_id = events.id and d.status = 'retry' and d.next_attempt_at > now())
        order by seq
        limit ${limit}
        for update skip locked`);
      if (claimed.rows.length === 0) return 0;
      const ids = claimed.rows.map((r) => r.id);
      // One query for what was delivered before, one insert for what is delivered now, one update for
      // the events that are finished: per event only the handlers' own work remains.
      const prior = await tx.execute<{
        event_id: string;
        subscriber: string;
        status: string;
        attempts: number;
      }>(
        sql`select event_id, subscriber, status, attempts from event_deliveries where event_id = any(${sql.param(ids)}::uuid[])`,
      );
      const state = new Map(prior.rows.map((r) => [`${r.event_id}|${r.subscriber}`, r]));
      const delivered: (typeof eventDeliveries.$inferInsert)[] = [];
      const finished: string[] = [];
      for (const row of claimed.rows) {
        const event = fromRow(row);
        let pending = false;
        for (const sub of subscribers) {
          if (!wants(sub, event.type)) continue;
          const before = state.get(`${event.id}|${sub.name}`);
          if (before && before.status !== 'retry') continue;
          const attempts = (before?.attempts ?? 0) + 1;
          try {
            // A savepoint: a failing handler leaves no trace, the others' work stands.
            await tx.transaction((inner) => sub.handle(inner, event));
            delivered.push({ eventId: event.id, subscriber: sub.name, status: 'done', attempts });
          } catch (err) {
            const dead = attempts >= maxAttempts;
            if (!dead) pending = true;
            this.opts.log?.warn(
              { err, event: event.id, subscriber: sub.name, attempts },
              'event handler failed',
            );
            await tx.execute(sql`
              insert into event_deliveries (event_id, subscriber, status, attempts, last_error, next_attempt_at)
              values (${event.id}, ${sub.name}, ${dead ? 'dead' : 'retry'}, ${attempts}, ${String((err as Error).message).slice(0, 2000)},
                      now() + ${backoffMs(attempts)} * interval '1 millisecond')
              on conflict (event_id, subscriber) do update set
                status = excluded.status, attempts = excluded.attempts, last_error = excluded.last_error,
                next_attempt_at = excluded.next_attempt_at, updated_at = now()`);
          }
        }
        if (!pending) finished.push(event.id);
      }
      if (delivered.length) {
        await tx
          .insert(eventDeliveries)
          .values(delivered)
          .onConflictDoUpdate({
            target: [eventDeliveries.eventId, eventDeliveries.subscriber],
            set: { status: 'done', attempts: sql`excluded.attempts`, lastError: null, updatedAt: sql`now()` },
          });
      }
      if (finished.length) {
        await tx.execute(
          sql`update events set dispatched_at = now() where id = any(${sql.param(finished)}::uuid[])`,
        );
      }
      return finished.length;
    });
  }
}

type DomainEventRow = {
  seq: string | number;
  id: string;
  account_id: string;
  type: string;
  entity_type: string | null;
  entity_id: string | null;
  actor_user_id: string | null;
  source: 'internal' | 'external';
  external_id: string | null;
  payload: Record<string, unknown>;
  occurred_at: Date;
  created_at: Date;
  dispatched_at: Date | null;
};

function fromRow(r: DomainEventRow): DomainEvent {
  return {
    seq: Number(r.seq),
    id: r.id,
    accountId: r.account_id,
    type: r.type,
    entityType: r.entity_type,
    entityId: r.entity_id,
    actorUserId: r.actor_user_id,
    source: r.source,
    externalId: r.external_id,
    payload: r.payload,
    occurredAt: r.occurred_at,
    createdAt: r.created_at,
    dispatchedAt: r.dispatched_at,
  };
}
