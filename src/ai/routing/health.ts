import type { AiErrorCode } from '../ai.errors.js';
import type { BreakerState } from './circuit-breaker.js';

export type TechnologyHealth = {
  technologyId: string;
  requests: number;
  /** Over the last WINDOW outcomes. */
  errorRate: number;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  firstTokenP50Ms: number | null;
  lastError: { code: AiErrorCode; message: string; at: string } | null;
  lastSuccessAt: string | null;
  breaker: BreakerState;
  breakerRetryAt: string | null;
};

const WINDOW = 200;

const percentile = (values: number[], p: number): number | null => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
};

/** Rolling per-process statistics of one technology, for the admins' health view. */
export class HealthStats {
  private outcomes: { ok: boolean; latencyMs: number; firstTokenMs: number | null }[] = [];
  private total = 0;
  private lastError: TechnologyHealth['lastError'] = null;
  private lastSuccessAt: Date | null = null;

  record(
    ok: boolean,
    latencyMs: number,
    firstTokenMs: number | null,
    error?: { code: AiErrorCode; message: string },
  ) {
    this.total++;
    this.outcomes.push({ ok, latencyMs, firstTokenMs });
    if (this.outcomes.length > WINDOW) this.outcomes.shift();
    if (ok) this.lastSuccessAt = new Date();
    else if (error) this.lastError = { ...error, at: new Date().toISOString() };
  }

  snapshot(technologyId: string, breaker: BreakerState, retryAt: number | null): TechnologyHealth {
    const ok = this.outcomes.filter((o) => o.ok);
    return {
      technologyId,
      requests: this.total,
      errorRate: this.outcomes.length ? (this.outcomes.length - ok.length) / this.outcomes.length : 0,
      latencyP50Ms: percentile(
        ok.map((o) => o.latencyMs),
        50,
      ),
      latencyP95Ms: percentile(
        ok.map((o) => o.latencyMs),
        95,
      ),
      firstTokenP50Ms: percentile(
        ok.flatMap((o) => (o.firstTokenMs === null ? [] : [o.firstTokenMs])),
        50,
      ),
      lastError: this.lastError,
      lastSuccessAt: this.lastSuccessAt?.toISOString() ?? null,
      breaker,
      breakerRetryAt: retryAt ? new Date(retryAt).toISOString() : null,
    };
  }
}
