// npm run seed-demo -- [--db PATH]: fills a desk with a believable demo site.
import { startHost } from '../core/host';
import { flag, resolveDbPath } from '../core/paths';
import { demoSeeders } from '../core/demo';
import { systemContext } from '../core/demo/context';
import { DEMO_PIN } from '../core/demo/foundation';

const dbPath = resolveDbPath(flag(process.argv.slice(2), 'db'));
const host = startHost({ dbPath, runJobs: false });
const ctx = systemContext(host.core);
for (const { name, seed } of demoSeeders) {
  const started = Date.now();
  await seed(ctx);
  console.log(`seeded ${name} in ${Date.now() - started} ms`);
}
host.close();
console.log(`Demo data in ${dbPath}. Desk staff sign in with PIN ${DEMO_PIN}.`);
