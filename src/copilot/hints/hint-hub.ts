import type { PgListener } from '../../store/pg-listener.js';
import { COPILOT_HINTS_CHANNEL } from './hint-worker.js';

type Listener = () => void;

/**
 * Tells open pages that a hint about their entity changed. Workers in any process NOTIFY; each
 * process's hub fans the notice out to its own server-sent-event streams, which then re-read the hints
 * as their user (so what a user is shown always passes that user's visibility check).
 */
export class HintHub {
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(listener: PgListener | undefined) {
    listener?.on(COPILOT_HINTS_CHANNEL, (payload) => this.publish(payload));
  }

  subscribe(accountId: string, entityType: string, entityId: string, fn: Listener): () => void {
    const key = `${accountId}:${entityType}:${entityId}`;
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(fn);
    return () => {
      set.delete(fn);
      if (!set.size) this.listeners.delete(key);
    };
  }

  publish(key: string): void {
    for (const fn of this.listeners.get(key) ?? []) fn();
  }

  get size(): number {
    return this.listeners.size;
  }
}
