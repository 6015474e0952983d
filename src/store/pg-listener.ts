import pg from 'pg';

type Log = { warn(obj: object, msg: string): void };

/**
 * One LISTEN connection per process, shared by everything that reacts to NOTIFY (event dispatch, auth
 * cache invalidation). Reconnects with backoff; while it is down `connected` is false, and users of it
 * must fall back to safe behaviour (polling, no caching), and `onReconnect` handlers catch up.
 */
export class PgListener {
  private client: pg.Client | undefined;
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  private readonly reconnectHandlers = new Set<() => void>();
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  connected = false;

  constructor(
    private readonly url: string,
    private readonly log?: Log,
  ) {}

  /** `handler` gets the notification's payload (empty when none was sent). */
  on(channel: string, handler: (payload: string) => void): void {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      if (this.connected) void this.client?.query(`listen ${channel}`).catch(() => {});
    }
    set.add(handler);
  }

  /** Called after every (re)connection: anything missed while down must be re-read. */
  onReconnect(handler: () => void): void {
    this.reconnectHandlers.add(handler);
  }

  async start(): Promise<void> {
    await this.connect(0);
  }

  private async connect(attempt: number): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      for (const h of this.handlers.get(msg.channel) ?? []) h(msg.payload ?? '');
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`listen ${channel}`);
      this.client = client;
      this.connected = true;
      for (const h of this.reconnectHandlers) h();
    } catch (err) {
      await client.end().catch(() => {});
      if (attempt === 0) throw err;
      this.schedule(attempt + 1);
    }
  }

  private lost(client: pg.Client, err?: Error): void {
    if (this.client !== client) return;
    this.connected = false;
    this.client = undefined;
    for (const h of this.reconnectHandlers) h();
    if (this.stopped) return;
    this.log?.warn({ err }, 'LISTEN connection lost; reconnecting');
    this.schedule(1);
  }

  private schedule(attempt: number): void {
    this.retryTimer = setTimeout(() => void this.connect(attempt), Math.min(30_000, 250 * 2 ** attempt));
    this.retryTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.connected = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}
