export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * One per technology per process. Opens after `threshold` consecutive failures; after `cooldownMs`
 * lets exactly one probe through (half-open); the probe's outcome closes or re-opens it.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  state: BreakerState = 'closed';

  constructor(
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** May a request go to this technology now? Claims the probe slot when half-opening. */
  tryAcquire(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open' && this.now() - this.openedAt >= this.cooldownMs) {
      this.state = 'half-open';
      this.probing = false;
    }
    if (this.state === 'half-open' && !this.probing) {
      this.probing = true;
      return true;
    }
    return false;
  }

  success(): void {
    this.state = 'closed';
    this.failures = 0;
    this.probing = false;
  }

  failure(): void {
    this.failures++;
    if (this.state === 'half-open' || this.failures >= this.threshold) {
      this.state = 'open';
      this.openedAt = this.now();
      this.probing = false;
    }
  }

  /** A request that ended without saying anything about the endpoint (e.g. the client left). */
  release(): void {
    if (this.state === 'half-open') this.probing = false;
  }

  /** When an open breaker will let a probe through. */
  get retryAt(): number | null {
    return this.state === 'open' ? this.openedAt + this.cooldownMs : null;
  }
}
