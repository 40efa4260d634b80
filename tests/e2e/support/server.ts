// A browser-mode desk for one test file: the real host (SQLite file in a temp folder) and the real
// HTTP transport serving the built renderer, on a free loopback port.
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startHost } from '../../../core/host';
import { createHttpServer } from '../../../core/http';
import type { Core } from '../../../core/core';
import type { Answer } from '../../../core/errors';
import type { Caller } from '../../../core/procedure';
import { tempDbPath } from '../../support/core';

export const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

export interface TestServer {
  url: string;
  /** The desk's core, for seeding (e.g. the demo seeders) before the browser looks. */
  core: Core;
  /** Call the core as the desk window (with a session token when given). */
  call<T = any>(name: string, input?: unknown, caller?: Partial<Caller>): Promise<T>;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  if (!existsSync(`${RENDERER_DIR}/index.html`)) throw new Error('No renderer build: run `node scripts/build-renderer.mjs`');
  const tmp = tempDbPath();
  const host = startHost({ dbPath: tmp.path, runJobs: false, site: { code: 'E2E', name: '测试站点' } });
  const server = createHttpServer({ core: host.core, staticDir: RENDERER_DIR });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    core: host.core,
    async call(name, input, caller) {
      const a: Answer = await host.core.call(name, input, { window: 'desk', ...caller });
      if (!a.ok) throw new Error(`${name} failed: ${JSON.stringify(a.error)}`);
      return a.value as never;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      host.close();
      tmp.cleanup();
    },
  };
}

/** A site that is set up: the supervisor 王主管 (PIN 1234) and a receptionist 李前台 (PIN 2468). */
export async function seedSite(server: TestServer) {
  const init = await server.call<{ token: string; staff: { id: string } }>('setup.init', {
    siteName: '翠苑物业服务中心',
    name: '王主管',
    pin: '1234',
  });
  const token = init.token;
  const reception = await server.call<{ id: string }>(
    'staff.upsert',
    { name: '李前台', role: 'reception', pin: '2468', extension: '8001' },
    { token },
  );
  await server.call('staff.upsert', { name: '赵师傅', role: 'worker', phone: '13800138000' }, { token });
  await server.call('session.signOut', {}, { token });
  return { supervisorId: init.staff.id, receptionId: reception.id };
}
