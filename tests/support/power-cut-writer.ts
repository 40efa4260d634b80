// The power-cut test's child: writes through the one write path as fast as it can, on the real file
// with the real pragmas, and acknowledges each write on stdout only after its commit returned. The
// parent SIGKILLs it at random moments. Each transaction touches two tables and updates the
// previous row, so a half-applied one would show: an entry without its audit row or its clocks.
//   node --import tsx tests/support/power-cut-writer.ts <db path>
import { writeSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import { mutate } from '../../db/mutate';
import { openDb } from '../../db/open';
import { auditLog, dutyEntries } from '../../db/schema';

const db = openDb(process.argv[2]!, { site: { code: 'CUT', name: '断电测试' }, deviceLetter: 'A' });
let previous = (db.sqlite.prepare('SELECT id FROM duty_entries ORDER BY id DESC LIMIT 1').get() as { id: string } | undefined)?.id;
writeSync(1, 'ready\n');
for (let i = 0; ; i++) {
  const id = uuidv7();
  mutate(db, (tx) => {
    tx.insert(dutyEntries, { id, at: tx.now, staffId: 'power-cut', category: '巡查', text: `第${i}次巡查` });
    tx.insert(auditLog, { id: uuidv7(), at: tx.now, staffId: null, action: 'power-cut.write', target: id, detail: null });
    if (previous) tx.update(dutyEntries, previous, { category: '已复核' });
  });
  // Only now is the write acknowledged, as the desk would say "saved".
  writeSync(1, `${id}\n`);
  previous = id;
}
