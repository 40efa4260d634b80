import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Core } from './core';
import type { Answer } from './errors';
import { t, type Locale } from './i18n';
import type { Caller, EventName } from './procedure';
import { isKioskToken } from './kiosk/procedures';

export const MAX_BODY_BYTES = 1024 * 1024;

/** The same CSP as the Electron windows: only our own code, no eval, no remote origins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The HTML entry for each app path; everything else is a static asset or 404. */
const ENTRIES: Record<string, string> = { '/': 'index.html', '/kiosk': 'kiosk.html', '/print': 'print.html' };

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() || undefined : undefined;
}

function localeOf(req: IncomingMessage): Locale | undefined {
  const l = req.headers['x-locale'];
  return l === 'en' || l === 'zh-CN' ? l : undefined;
}

/** The role comes from where the call came from and the token it shows, never from the body. */
export function callerFor(core: Core, remote: string | undefined, token: string | undefined, locale?: Locale): Caller {
  if (token && isKioskToken(core.db, token)) return { window: 'kiosk', token, locale };
  if (isLoopback(remote)) return { window: 'desk', token, locale };
  return { window: 'lan', locale };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolvePromise, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        resolvePromise(null);
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolvePromise(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const statusFor: Record<string, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  internal: 500,
};

async function handleApi(core: Core, req: IncomingMessage, res: ServerResponse, name: string) {
  const locale = localeOf(req) ?? 'zh-CN';
  if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'invalid', message: 'POST only' } });
  const declared = Number(req.headers['content-length'] ?? 0);
  const raw = declared > MAX_BODY_BYTES ? null : await readBody(req);
  if (raw === null) {
    return send(res, 413, { ok: false, error: { code: 'invalid', message: t(locale, 'error.body_too_large') } });
  }
  let input: unknown = undefined;
  if (raw.trim() !== '') {
    try {
      input = JSON.parse(raw);
    } catch {
      return send(res, 400, { ok: false, error: { code: 'invalid', message: t(locale, 'error.bad_json') } });
    }
  }
  const caller = callerFor(core, req.socket.remoteAddress, bearer(req), localeOf(req));
  const answer: Answer = await core.call(name, input, caller);
  send(res, answer.ok ? 200 : (statusFor[answer.error.code] ?? 500), answer);
}

/** Server-sent events: the renderer's `on(event, cb)` in browser mode. */
function handleEvents(core: Core, req: IncomingMessage, res: ServerResponse, url: URL) {
  const caller = callerFor(core, req.socket.remoteAddress, url.searchParams.get('token') ?? undefined);
  const staff = caller.window === 'desk' ? core.services.sessions.get(caller.token) : null;
  if (caller.window === 'lan' || (caller.window === 'desk' && !staff)) {
    return send(res, 401, { ok: false, error: { code: 'unauthenticated', message: t('zh-CN', 'error.unauthenticated') } });
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': connected\n\n');
  // The kiosk hears nothing of the desk's data; it only needs to know it is alive.
  const names: EventName[] = caller.window === 'desk' ? ['data-changed', 'kiosk-alert', 'sync-status'] : [];
  const offs = names.map((n) => core.on(n, (payload) => res.write(`event: ${n}\ndata: ${JSON.stringify(payload ?? null)}\n\n`)));
  const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(ping);
    offs.forEach((off) => off());
  });
}

function serveStatic(staticDir: string | null, req: IncomingMessage, res: ServerResponse, path: string) {
  if (!staticDir) return send(res, 404, { ok: false, error: { code: 'not_found', message: 'no renderer build' } });
  const rel = ENTRIES[path] ?? path;
  const root = resolve(staticDir);
  const file = normalize(join(root, rel));
  if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end('not found');
  }
  const html = file.endsWith('.html');
  res.writeHead(200, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'cache-control': html ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

export interface HttpOptions {
  core: Core;
  /** The built renderer (out/renderer); null serves the API only. */
  staticDir: string | null;
}

/** The procedure table over HTTP, plus the built renderer, for browser mode and LAN kiosks. */
export function createHttpServer({ core, staticDir }: HttpOptions): Server {
  return createServer((req, res) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, { ok: false, error: { code: 'invalid', message: 'bad path' } });
    }
    if (path.startsWith('/api/')) {
      handleApi(core, req, res, path.slice(5)).catch((err) => {
        console.error('[http]', err);
        if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: t('zh-CN', 'error.internal') } });
      });
      return;
    }
    if (path === '/events') return handleEvents(core, req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false });
    serveStatic(staticDir, req, res, path);
  });
}
