/** Counters and a latency histogram, rendered as Prometheus text for GET /metrics. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export class Metrics {
  readonly counters: Record<string, number> = {
    hub_pushes_total: 0,
    hub_pulls_total: 0,
    hub_rows_pushed_total: 0,
    hub_rows_pulled_total: 0,
    hub_rejections_total: 0,
    hub_gaps_total: 0,
    hub_refused_total: 0,
  };
  private readonly buckets = BUCKETS.map(() => 0);
  private sum = 0;
  private count = 0;

  inc(name: string, by = 1) {
    this.counters[name] = (this.counters[name] ?? 0) + by;
  }

  observe(seconds: number) {
    this.sum += seconds;
    this.count++;
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) this.buckets[i]++;
    });
  }

  render(): string {
    const lines: string[] = [];
    for (const [name, v] of Object.entries(this.counters)) lines.push(`# TYPE ${name} counter`, `${name} ${v}`);
    lines.push('# TYPE hub_request_seconds histogram');
    BUCKETS.forEach((b, i) => lines.push(`hub_request_seconds_bucket{le="${b}"} ${this.buckets[i]}`));
    lines.push(`hub_request_seconds_bucket{le="+Inf"} ${this.count}`);
    lines.push(`hub_request_seconds_sum ${this.sum}`, `hub_request_seconds_count ${this.count}`);
    return lines.join('\n') + '\n';
  }
}

/** Token bucket per key (device id, or address before enrolment). */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const now = this.clock();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / this.perSecond);
  }
}
