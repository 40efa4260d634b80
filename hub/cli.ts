import { createEnrolment, listDevices, revoke } from './devices';
import { createHub } from './server';
import { openStore } from './store';

/**
 * npm run hub -- [--port N] [--data DIR]         serve (PGlite in DIR, or DATABASE_URL)
 * npm run hub -- enroll --site CODE [--data DIR] print a one-time enrolment code
 * npm run hub -- revoke --device ID              refuse that device's token from now on
 * npm run hub -- devices                         list devices
 */
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const command = args[0] && !args[0].startsWith('--') ? args[0] : 'serve';
// HUB_PG_SCHEMA: a PostgreSQL schema of its own (benches and tests share one database).
const store = await openStore({ databaseUrl: process.env.DATABASE_URL, pgSchema: process.env.HUB_PG_SCHEMA, dataDir: flag('data') ?? './hub-data' });

if (command === 'serve') {
  const port = Number(flag('port') ?? process.env.PORT ?? 8787);
  const { server } = createHub({ store });
  server.listen(port, flag('host') ?? '0.0.0.0', () => console.log(`hub (${store.kind}) listening on :${port}`));
  const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  try {
    if (command === 'enroll') {
      const site = flag('site');
      if (!site) throw new Error('enroll needs --site CODE');
      const { deviceId, code } = await createEnrolment(store, site);
      console.log(`site ${site}, device ${deviceId}\nenrolment code (one use, 24 h): ${code}`);
    } else if (command === 'revoke') {
      const id = flag('device');
      if (!id) throw new Error('revoke needs --device ID');
      if (!(await revoke(store, id))) throw new Error(`no device ${id}`);
      console.log(`device ${id} revoked`);
    } else if (command === 'devices') {
      for (const d of await listDevices(store)) {
        const state = d.revokedAt ? 'revoked' : d.enrolledAt ? 'enrolled' : 'code issued';
        console.log(`${d.site}\t${d.id}\t${state}`);
      }
    } else throw new Error(`unknown command ${command}`);
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  } finally {
    await store.close();
  }
}
