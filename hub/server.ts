import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { sql } from 'drizzle-orm';
import { enrollBody, pushBody } from '../sync/protocol';
import { applyPush, pull } from './apply';
import { authenticate, enroll } from './devices';
import { Metrics, RateLimiter } from './metrics';
import type { HubStore } from './store';

export interface HubOptions {
  store: HubStore;
  /** Largest accepted body (bytes). */
  maxBody?: number;
  /** Requests per second per device (burst is 4x). */
  rate?: number;
  clock?: () => number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(status));
  }
}

async function readJson(req: IncomingMessage, max: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (Number(req.headers['content-length'] ?? 0) > max) throw new HttpError(413, { error: 'too_large' }, { connection: 'close' });
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Keep reading (and dropping) so the client sees the 413 rather than a reset connection.
    if (size <= max) chunks.push(chunk as Buffer);
  }
  if (size > max) throw new HttpError(413, { error: 'too_large' });
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, { error: 'bad_json' });
  }
}

/** The hub's HTTP face. Stateless apart from metrics and rate buckets: run as many as PostgreSQL allows. */
export function createHub(opts: HubOptions): { server: Server; metrics: Metrics } {
  const { store } = opts;
  const clock = opts.clock ?? Date.now;
  const maxBody = opts.maxBody ?? 8 * 1024 * 1024;
  const metrics = new Metrics();
  const limiter = new RateLimiter(opts.rate ?? 50, (opts.rate ?? 50) * 4, clock);

  async function device(req: IncomingMessage) {
    const auth = req.headers.authorization ?? '';
    const found = await authenticate(store, auth.startsWith('Bearer ') ? auth.slice(7) : undefined);
    if (!found) throw new HttpError(401, { error: 'unauthorized' });
    const wait = limiter.take(found.deviceId);
    if (wait > 0) throw new HttpError(429, { error: 'rate_limited' }, { 'retry-after': String(wait) });
    return found;
  }

  async function route(req: IncomingMessage, url: URL): Promise<[number, unknown]> {
    const path = `${req.method} ${url.pathname}`;
    if (path === 'GET /healthz') {
      await store.rows(sql`SELECT 1`);
      return [200, { ok: true, store: store.kind }];
    }
    if (path === 'POST /sync/enroll') {
      const wait = limiter.take(`addr:${req.socket.remoteAddress}`);
      if (wait > 0) throw new HttpError(429, { error: 'rate_limited' }, { 'retry-after': String(wait) });
      const body = enrollBody.safeParse(await readJson(req, 4096));
      if (!body.success) return [400, { error: 'invalid', issues: body.error.issues }];
      const got = await enroll(store, body.data.code, clock());
      return got ? [200, got] : [403, { error: 'bad_code' }];
    }
    if (path === 'POST /sync/push') {
      const dev = await device(req);
      const body = pushBody.safeParse(await readJson(req, maxBody));
      if (!body.success) return [400, { error: 'invalid', issues: body.error.issues.slice(0, 5) }];
      const out = await applyPush(store, dev, body.data, clock());
      metrics.inc('hub_pushes_total');
      if (out.status === 200) {
        metrics.inc('hub_rows_pushed_total', out.rows);
        metrics.inc('hub_rejections_total', out.body.rejections.length);
      } else if (out.status === 409) metrics.inc('hub_gaps_total');
      else metrics.inc('hub_refused_total');
      return [out.status, out.body];
    }
    if (path === 'GET /sync/pull') {
      const dev = await device(req);
      const cursor = Number(url.searchParams.get('cursor') ?? '0');
      const limit = Number(url.searchParams.get('limit') ?? '1000');
      if (!Number.isSafeInteger(cursor) || cursor < 0 || !Number.isInteger(limit) || limit < 1 || limit > 10_000) {
        return [400, { error: 'invalid', issues: [{ path: ['cursor'] }] }];
      }
      const page = await pull(store, dev, cursor, limit);
      metrics.inc('hub_pulls_total');
      metrics.inc('hub_rows_pulled_total', page.rows.length);
      return [200, page];
    }
    return [404, { error: 'not_found' }];
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://hub');
    try {
      if (req.method === 'GET' && url.pathname === '/metrics') {
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(metrics.render());
        return;
      }
      const [status, body] = await route(req, url);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    } catch (e) {
      if (e instanceof HttpError) {
        res.writeHead(e.status, { 'content-type': 'application/json', ...e.headers }).end(JSON.stringify(e.body));
      } else {
        // The store is down (PostgreSQL restarting): tell the desk to come back shortly.
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' }).end(JSON.stringify({ error: 'unavailable' }));
      }
    } finally {
      metrics.observe((performance.now() - started) / 1000);
    }
  }

  const server = createServer((req, res) => void handle(req, res));
  return { server, metrics };
}
