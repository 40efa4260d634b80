import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { callerFor, createHttpServer, isLoopback, MAX_BODY_BYTES } from './http';
import { makeDesk, type TestDesk } from '../tests/support/core';

let d: TestDesk;
let base: string;
let close: () => void;

beforeAll(async () => {
  d = await makeDesk();
  const staticDir = join(d.core.services.dataDir!, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>desk</title>');
  writeFileSync(join(staticDir, 'kiosk.html'), '<!doctype html><title>kiosk</title>');
  const server = createHttpServer({ core: d.core, staticDir });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close();
  d.close();
});

interface Reply {
  status: number;
  json(): Promise<any>;
}
const post = (name: string, body: unknown, token?: string): Promise<Reply> =>
  fetch(`${base}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP transport', () => {
  it('answers a desk procedure with a session token and refuses it without one', async () => {
    const ok = await post('system.status', {}, d.token);
    expect(ok.status).toBe(200);
    expect((await ok.json()).ok).toBe(true);
    const anon = await post('system.status', {});
    expect(anon.status).toBe(401);
    expect((await anon.json()).error.code).toBe('unauthenticated');
  });

  it('gives a kiosk token the kiosk role only', async () => {
    const pair = await (await post('kiosk.pair', {}, d.token)).json();
    const claim = await (await post('kiosk.claim', { code: pair.value.code })).json();
    const kioskToken = claim.value.token as string;
    expect((await post('staff.list', {}, kioskToken)).status).toBe(200);
    const desk = await post('system.status', {}, kioskToken);
    expect(desk.status).toBe(403);
  });

  it('answers unknown procedures, bad JSON and oversized bodies with typed errors', async () => {
    const unknown = await post('nope.nothing', {});
    expect([unknown.status, (await unknown.json()).error.code]).toEqual([404, 'not_found']);
    const bad = await post('session.signIn', '{"staffId":');
    expect([bad.status, (await bad.json()).error.code]).toEqual([400, 'invalid']);
    const huge = await post('session.signIn', { pin: 'x'.repeat(MAX_BODY_BYTES + 10) });
    expect(huge.status).toBe(413);
    const get = await fetch(`${base}/api/system.status`);
    expect(get.status).toBe(405);
  });

  it('serves the desk and kiosk pages with a CSP, and nothing outside the build folder', async () => {
    const desk = await fetch(`${base}/`);
    expect(await desk.text()).toContain('<title>desk</title>');
    expect(desk.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await (await fetch(`${base}/kiosk`)).text()).toContain('<title>kiosk</title>');
    expect((await fetch(`${base}/..%2f..%2fdesk.db`)).status).toBe(404);
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
  });
});

describe('callerFor', () => {
  it('never gives a desk role to a non-loopback peer, whatever token it shows', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
    for (const remote of ['192.168.1.5', '10.0.0.2', '::ffff:10.0.0.1', 'fe80::1', undefined]) {
      expect(callerFor(d.core, remote, d.token).window).toBe('lan');
    }
  });
});
