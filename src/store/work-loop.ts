import type { PgListener } from './pg-listener.js';

export type WorkLoopOptions = {
  /** NOTIFY channel that says there is new work. */
  channel?: string;
  listener?: PgListener;
  /** Polled as well: a missed notification, a retry whose time came or a crashed process's lease. */
  pollMs: number;
  /** Does work until none is left. */
  drain: () => Promise<unknown>;
  log?: (err: unknown, msg: string) => void;
  what: string;
};

/**
 * The loop around a table-backed queue: one drain at a time, started by a notification or a poll; a
 * kick during a drain runs another drain after it, so no notification is lost.
 */
export class WorkLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private started = false;
  stopped = false;

  constructor(private readonly opts: WorkLoopOptions) {}

  start(): void {
    this.started = true;
    if (this.opts.channel) this.opts.listener?.on(this.opts.channel, () => this.kick());
    this.opts.listener?.onReconnect(() => this.kick());
    const tick = () => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(tick, this.opts.pollMs);
      this.timer.unref();
    };
    tick();
  }

  /** Drains soon; does nothing before start() (a worker that tests drive by hand stays idle). */
  kick(): void {
    if (this.stopped || !this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.opts
      .drain()
      .then(() => undefined)
      .catch((err) => this.opts.log?.(err, `${this.opts.what} failed`))
      .finally(() => {
        this.running = undefined;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
