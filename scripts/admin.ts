// npm run admin -- staff add --name N --pin P --role R [--db PATH]   scripted set-up of a desk
// npm run admin -- staff list [--db PATH]
import { z } from 'zod';
import { mutate } from '../db/mutate';
import { startHost } from '../core/host';
import { flag, resolveDbPath } from '../core/paths';
import { STAFF_ROLES } from '../core/procedure';
import { systemContext } from '../core/demo/context';
import { writeStaff } from '../core/staff/procedures';
import { pin, text } from '../core/fields';

const USAGE = 'usage: npm run admin -- staff add --name NAME --pin PIN --role reception|supervisor|host|worker [--extension X] [--db PATH]\n       npm run admin -- staff list [--db PATH]';

const args = process.argv.slice(2);
const [noun, verb] = args;
if (noun !== 'staff' || (verb !== 'add' && verb !== 'list')) {
  console.error(USAGE);
  process.exit(2);
}

const dbPath = resolveDbPath(flag(args, 'db'));
const host = startHost({ dbPath, runJobs: false });
try {
  if (verb === 'list') {
    const rows = host.db.sqlite
      .prepare('SELECT name, role, extension, pin_hash IS NOT NULL AS canSignIn FROM staff WHERE deleted_at IS NULL ORDER BY pinyin')
      .all();
    console.table(rows);
  } else {
    const input = z
      .object({ name: text(50), role: z.enum(STAFF_ROLES), pin: pin.optional(), extension: z.string().max(20).optional() })
      .safeParse({ name: flag(args, 'name'), role: flag(args, 'role'), pin: flag(args, 'pin'), extension: flag(args, 'extension') });
    if (!input.success) {
      for (const issue of input.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
      console.error(USAGE);
      process.exitCode = 2;
    } else {
      const ctx = systemContext(host.core);
      const id = mutate(host.db, (tx) => writeStaff(ctx, tx, input.data));
      console.log(`added ${input.data.name} (${input.data.role}) id ${id} to ${dbPath}`);
    }
  }
} finally {
  host.close();
}
