// A hub for the sync benches: a throwaway PostgreSQL schema, and the hub in its own process as in
// production, so its work is neither timed as the desks' nor stalls the bench's main thread.
// (The file name says fixture: the bench runner skips it.)
import { spawn } from 'node:child_process';
import { createEnrolment, enroll } from '../hub/devices';
import { openTestStore, TEST_PG_URL } from '../hub/testing';

export async function startHubProcess() {
  // PostgreSQL, not PGlite: an in-process PGlite would run the hub's queries on the bench's own thread.
  const store = await openTestStore('pg');
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'hub/cli.ts', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: TEST_PG_URL, HUB_PG_SCHEMA: store.pgSchema },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    await store.drop();
  };
  try {
    for (let i = 0; ; i++) {
      if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
      if (i > 300) throw new Error('hub did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (e) {
    await close();
    throw e;
  }
  return {
    store,
    url,
    device: async (site: string) => (await enroll(store, (await createEnrolment(store, site)).code))!,
    close,
  };
}
