import { SyncError, type SyncEngine } from './engine';

export interface RunnerStatus {
  online: boolean;
  pending: number;
  oldestPendingAgeMs: number | null;
  lastSuccessAt: number | null;
  lastError: string | null;
  /** The hub refused this device's token (revoked): the runner stops until reconnected. */
  refused: boolean;
}

export interface RunnerOptions {
  engine: SyncEngine;
  clock?: () => number;
  onStatus?: (s: RunnerStatus) => void;
  /** After each successful pass: lets the desk refresh its screens when rows arrived. */
  onPass?: (r: { pushed: number; pulled: number }) => void;
  intervalMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
}

/** Exponential backoff with full jitter: a whole site's desks do not come back in step after an outage. */
export function backoffMs(failures: number, base: number, cap: number, random: () => number): number {
  return Math.floor(random() * Math.min(cap, base * 2 ** Math.min(failures, 20)));
}

/**
 * Runs the engine: at once, then every 30 s or when woken (a local commit, the network back),
 * backing off after failures and honouring the hub's Retry-After.
 */
export class SyncRunner {
  private running = false;
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private failures = 0;
  status: RunnerStatus = { online: false, pending: 0, oldestPendingAgeMs: null, lastSuccessAt: null, lastError: null, refused: false };
  private readonly clock: () => number;

  constructor(private readonly o: RunnerOptions) {
    this.clock = o.clock ?? Date.now;
  }

  private publish(patch: Partial<RunnerStatus>) {
    const { pending, oldest } = this.o.engine.pendingCount();
    const now = this.clock();
    this.status = { ...this.status, ...patch, pending, oldestPendingAgeMs: oldest === null ? null : Math.max(0, now - oldest) };
    this.o.onStatus?.(this.status);
  }

  wake() {
    this.woken = true;
    this.wakeUp?.();
  }

  /** One pass; returns the delay before the next. */
  async step(): Promise<number> {
    try {
      const r = await this.o.engine.syncOnce();
      this.o.onPass?.(r);
      this.failures = 0;
      this.publish({ online: true, lastSuccessAt: this.clock(), lastError: null });
      return this.o.intervalMs ?? 30_000;
    } catch (e) {
      const err = e instanceof SyncError ? e : new SyncError('protocol', (e as Error).message);
      this.failures++;
      this.publish({ online: err.kind === 'busy', lastError: err.message, refused: err.kind === 'unauthorized' });
      if (err.kind === 'unauthorized') this.running = false;
      if (err.retryAfter !== null) return err.retryAfter * 1000;
      return backoffMs(this.failures, this.o.baseDelayMs ?? 1000, this.o.maxDelayMs ?? 5 * 60_000, this.o.random ?? Math.random);
    }
  }

  async run(): Promise<void> {
    this.running = true;
    this.publish({});
    while (this.running) {
      this.woken = false;
      const delay = await this.step();
      if (!this.running) break;
      // A wake during the pass means there is new work: go round again (after a failure, still wait).
      if (this.woken && this.failures === 0) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, delay);
        this.wakeUp = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }

  stop() {
    this.running = false;
    this.wakeUp?.();
  }
}
