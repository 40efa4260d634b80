import type Database from 'better-sqlite3';
import { applyRemoteRows, forceRemoteField } from '../db/apply-remote';
import { createHlc, formatHlc, HlcError, parseHlc } from './hlc';
import { gapResult, pullResult, pushResult, type Mutation } from './protocol';
import type { Transport } from './transport';

/** A failure the runner should wait out (network down, hub busy); `retryAfter` in seconds when the hub said. */
export class SyncError extends Error {
  constructor(
    readonly kind: 'network' | 'busy' | 'unauthorized' | 'protocol' | 'lost',
    message: string,
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export interface EngineOptions {
  sqlite: Database.Database;
  clientId: string;
  transport: Transport;
  clock?: () => number;
  /** Mutations per push. */
  pushBatch?: number;
  /** Rows per pull page. */
  pullLimit?: number;
}

/**
 * One desk's sync steps. Every database step is a short synchronous transaction between network
 * calls: nothing is held open across I/O, so the desk keeps writing while the worker waits.
 */
export class SyncEngine {
  private readonly s: Database.Database;
  private readonly clock: () => number;
  constructor(private readonly o: EngineOptions) {
    this.s = o.sqlite;
    this.clock = o.clock ?? Date.now;
  }

  private state(key: string): string | undefined {
    return (this.s.prepare('SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }
  private setState(key: string, value: string) {
    this.s.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  cursor(): number {
    return Number(this.state('cursor') ?? '0');
  }

  private async call(method: 'GET' | 'POST', path: string, body?: unknown) {
    let reply;
    try {
      reply = await this.o.transport.request(method, path, body);
    } catch (e) {
      throw new SyncError('network', (e as Error).message);
    }
    if (reply.status === 401 || reply.status === 403) throw new SyncError('unauthorized', `hub refused this device (${reply.status})`);
    if (reply.status === 429 || reply.status >= 500) throw new SyncError('busy', `hub busy (${reply.status})`, reply.retryAfter);
    return reply;
  }

  /** The oldest pending local transactions, as mutations. */
  private pending(limit: number): Mutation[] {
    const rows = this.s
      .prepare(
        'SELECT tx_id AS txId, tbl, row_id AS rowId, fields FROM outbox WHERE tx_id IN ' +
          '(SELECT DISTINCT tx_id FROM outbox ORDER BY tx_id LIMIT ?) ORDER BY seq',
      )
      .all(limit) as { txId: number; tbl: string; rowId: string; fields: string }[];
    const out: Mutation[] = [];
    for (const r of rows) {
      if (out.at(-1)?.id !== r.txId) out.push({ id: r.txId, changes: [] });
      out.at(-1)!.changes.push({ tbl: r.tbl, rowId: r.rowId, fields: JSON.parse(r.fields) });
    }
    return out;
  }

  private acknowledge(upTo: number) {
    this.s.prepare('DELETE FROM outbox WHERE tx_id <= ?').run(upTo);
  }

  /** Push until the outbox is empty. Returns mutations acknowledged. */
  async push(): Promise<number> {
    let acked = 0;
    for (;;) {
      const batch = this.pending(this.o.pushBatch ?? 200);
      if (batch.length === 0) return acked;
      const reply = await this.call('POST', '/sync/push', { clientId: this.o.clientId, mutations: batch });
      if (reply.status === 409) {
        const gap = gapResult.parse(reply.body);
        // The hub has applied more than we knew (our ack was lost) or less (it was restored).
        this.acknowledge(gap.lastMutationId);
        if (batch[0].id > gap.lastMutationId + 1) {
          throw new SyncError('lost', `hub is at mutation ${gap.lastMutationId}, this desk's oldest pending is ${batch[0].id}`);
        }
        continue;
      }
      if (reply.status !== 200) throw new SyncError('protocol', `push answered ${reply.status}`);
      const res = pushResult.parse(reply.body);
      this.s.transaction(() => {
        this.acknowledge(res.lastMutationId);
        for (const r of res.rejections) forceRemoteField(this.s, r.tbl, r.rowId, r.col, r.value, r.hlc);
      }).immediate();
      acked += batch.filter((m) => m.id <= res.lastMutationId).length;
    }
  }

  private async fetchPage(cursor: number) {
    const reply = await this.call('GET', `/sync/pull?cursor=${cursor}&limit=${this.o.pullLimit ?? 1000}`);
    if (reply.status !== 200) throw new SyncError('protocol', `pull answered ${reply.status}`);
    return pullResult.parse(reply.body);
  }

  /**
   * Pull pages until caught up; each page is applied with its cursor in one transaction. The next
   * page is requested before the current one is applied, so the hub works while this desk writes.
   */
  async pull(): Promise<number> {
    let applied = 0;
    const prefetch = (cursor: number) => {
      const p = this.fetchPage(cursor);
      p.catch(() => {}); // awaited below; an apply failure must not leave it unhandled
      return p;
    };
    let next = prefetch(this.cursor());
    for (;;) {
      const page = await next;
      if (page.reset) {
        // Resync the whole site from 0; the outbox stays, and field clocks keep newer local edits.
        this.setState('cursor', '0');
        next = prefetch(0);
        continue;
      }
      if (page.more) next = prefetch(page.cursor);
      applied += this.applyPage(page.rows, page.cursor);
      if (!page.more) return applied;
    }
  }

  /** Apply one page; public so the bench can time it without a network. */
  applyPage(rows: Parameters<typeof applyRemoteRows>[1], cursor: number): number {
    const fk = this.s.pragma('foreign_keys', { simple: true });
    // Rows arrive in hub sequence order, which may put a child before its parent: the hub's
    // state was valid on the desks that wrote it, so FK checks are off for the remote apply.
    this.s.pragma('foreign_keys = OFF');
    try {
      return this.s.transaction(() => {
        const { changed, maxHlc } = applyRemoteRows(this.s, rows);
        if (maxHlc) this.receive(maxHlc);
        if (cursor < this.cursor()) throw new SyncError('protocol', 'cursor went back');
        this.setState('cursor', String(cursor));
        return changed;
      }).immediate();
    } finally {
      if (fk) this.s.pragma('foreign_keys = ON');
    }
  }

  /** HLC receive: later local writes sort after everything pulled. A clock far ahead is not followed. */
  private receive(remote: string) {
    const saved = this.state('hlc');
    const hlc = createHlc(this.o.clientId, this.clock, { initial: saved ? parseHlc(saved) : undefined });
    try {
      hlc.receive(remote);
    } catch (e) {
      if (!(e instanceof HlcError)) throw e;
      return;
    }
    this.setState('hlc', formatHlc(hlc.state()));
  }

  async syncOnce(): Promise<{ pushed: number; pulled: number }> {
    const pushed = await this.push();
    const pulled = await this.pull();
    return { pushed, pulled };
  }

  pendingCount(): { pending: number; oldest: number | null } {
    const r = this.s.prepare('SELECT COUNT(DISTINCT tx_id) AS pending, MIN(created_at) AS oldest FROM outbox').get() as {
      pending: number;
      oldest: number | null;
    };
    return r;
  }
}
