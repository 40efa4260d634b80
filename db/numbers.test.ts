import { afterAll, describe, expect, it } from 'vitest';
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from './open';
import { allocateNumber, dayCode } from './numbers';
import { tempDbPath } from '../tests/support/core';

const tmp = tempDbPath();
afterAll(() => tmp.cleanup());

describe('allocateNumber', () => {
  it('formats <site>-<yyMMdd>-<letter><seq> in the site time zone', () => {
    const db = openDb(join(tmp.dir, 'fmt.db'), { site: { code: 'HZ01', name: 'x' }, deviceLetter: 'B' });
    // 2026-11-23 23:30 UTC is already 24 Nov in Shanghai.
    const at = Date.UTC(2026, 10, 23, 23, 30);
    expect(dayCode(at, 'Asia/Shanghai')).toBe('261124');
    expect(allocateNumber(db, 'slip', at)).toBe('HZ01-261124-B001');
    expect(allocateNumber(db, 'slip', at)).toBe('HZ01-261124-B002');
    expect(allocateNumber(db, 'badge', at)).toBe('HZ01-261124-B001');
    expect(allocateNumber(db, 'slip', at + 86_400_000)).toBe('HZ01-261125-B001');
    db.close();
  });

  it('never repeats a number across two processes allocating at once', async () => {
    const path = join(tmp.dir, 'race.db');
    openDb(path).close();
    const script = join(tmp.dir, 'alloc.ts');
    writeFileSync(
      script,
      `import { openDb } from ${JSON.stringify(join(import.meta.dirname, 'open'))};
       import { allocateNumber } from ${JSON.stringify(join(import.meta.dirname, 'numbers'))};
       const db = openDb(${JSON.stringify(path)});
       const out: string[] = [];
       for (let i = 0; i < 150; i++) out.push(allocateNumber(db, 'slip', ${Date.UTC(2026, 10, 23, 2)}));
       process.send!(out, () => process.exit(0));`,
    );
    const run = () =>
      new Promise<string[]>((resolve, reject) => {
        const child = fork(script, { execArgv: ['--import', 'tsx'] });
        child.on('message', (m) => resolve(m as string[]));
        child.on('error', reject);
      });
    const [a, b] = await Promise.all([run(), run()]);
    const all = [...a, ...b];
    expect(new Set(all).size).toBe(300);
    expect(all.every((n) => /^FD-261123-A\d{3}$/.test(n))).toBe(true);
  });
});
