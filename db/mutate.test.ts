import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from './open';
import { mutate } from './mutate';
import { departments, staff } from './schema';
import { tempDbPath } from '../tests/support/core';

let tmp: ReturnType<typeof tempDbPath>;
let db: Db;

beforeEach(() => {
  tmp = tempDbPath();
  db = openDb(tmp.path);
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

const count = (sql: string) => (db.sqlite.prepare(sql).get() as { n: number }).n;
const person = (id: string, name = '张三') => ({ id, name, role: 'host', pinyin: 'zs', createdAt: 1, active: true });

describe('openDb', () => {
  it('opens with WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('keeps the same device identity when reopened', () => {
    const first = db.device;
    db.close();
    db = openDb(tmp.path);
    expect(db.device).toEqual(first);
  });
});

describe('mutate', () => {
  it('writes the row, one clock per field and one outbox entry in one transaction', () => {
    mutate(db, (tx) => tx.insert(staff, person('a')), { clock: () => 1000 });
    const row = db.sqlite.prepare('SELECT name, active FROM staff WHERE id = ?').get('a');
    expect(row).toEqual({ name: '张三', active: 1 });
    const clocks = db.sqlite.prepare("SELECT col, hlc FROM field_clock WHERE tbl = 'staff' AND row_id = 'a'").all() as { col: string; hlc: string }[];
    expect(clocks.map((c) => c.col).sort()).toEqual(['active', 'created_at', 'id', 'name', 'pinyin', 'role'].sort());
    const outbox = db.sqlite.prepare('SELECT tx_id AS txId, tbl, row_id AS rowId, fields FROM outbox').all() as { txId: number; fields: string }[];
    expect(outbox).toHaveLength(1);
    const fields = JSON.parse(outbox[0].fields);
    expect(fields.name[0]).toBe('张三');
    expect(fields.name[1]).toBe(clocks[0].hlc);
  });

  it('numbers transactions 1, 2, 3 and groups the rows of one transaction under one tx id', () => {
    mutate(db, (tx) => tx.insert(staff, person('a')));
    mutate(db, (tx) => {
      tx.insert(staff, person('b'));
      tx.insert(departments, { id: 'd', name: '工程部' });
    });
    mutate(db, (tx) => tx.update(staff, 'a', { name: '李四' }));
    const txIds = (db.sqlite.prepare('SELECT tx_id AS t FROM outbox ORDER BY seq').all() as { t: number }[]).map((r) => r.t);
    expect(txIds).toEqual([1, 2, 2, 3]);
  });

  it('leaves nothing behind when the callback throws half-way', () => {
    mutate(db, (tx) => tx.insert(staff, person('a')));
    const before = [count('SELECT COUNT(*) AS n FROM staff'), count('SELECT COUNT(*) AS n FROM field_clock'), count('SELECT COUNT(*) AS n FROM outbox')];
    const state = db.sqlite.prepare('SELECT * FROM sync_state ORDER BY key').all();
    expect(() =>
      mutate(db, (tx) => {
        tx.insert(staff, person('b'));
        tx.update(staff, 'a', { name: '改了' });
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect([count('SELECT COUNT(*) AS n FROM staff'), count('SELECT COUNT(*) AS n FROM field_clock'), count('SELECT COUNT(*) AS n FROM outbox')]).toEqual(before);
    expect(db.sqlite.prepare("SELECT name FROM staff WHERE id = 'a'").get()).toEqual({ name: '张三' });
    expect(db.sqlite.prepare('SELECT * FROM sync_state ORDER BY key').all()).toEqual(state);
  });

  it('refuses an update of a row that does not exist, and a column the table does not have', () => {
    expect(() => mutate(db, (tx) => tx.update(staff, 'nope', { name: 'x' }))).toThrow(/no row/);
    expect(() => mutate(db, (tx) => tx.insert(staff, { ...person('a'), bogus: 1 } as never))).toThrow(/no column/);
    expect(count('SELECT COUNT(*) AS n FROM outbox')).toBe(0);
  });

  it('refuses async callbacks, which would commit before their work is done', () => {
    expect(() => mutate(db, (async () => undefined) as never)).toThrow(/synchronous/);
  });

  it('stamps later transactions with later HLCs even when the wall clock goes backwards', () => {
    mutate(db, (tx) => tx.insert(staff, person('a')), { clock: () => 5_000 });
    mutate(db, (tx) => tx.update(staff, 'a', { name: '二' }), { clock: () => 1_000 });
    const [a, b] = (db.sqlite.prepare('SELECT fields FROM outbox ORDER BY seq').all() as { fields: string }[]).map(
      (r) => JSON.parse(r.fields).name[1] as string,
    );
    expect(b > a).toBe(true);
  });

  it('marks a removal as a tombstone field, which syncs like any other', () => {
    mutate(db, (tx) => tx.insert(staff, person('a')));
    mutate(db, (tx) => tx.remove(staff, 'a'), { clock: () => 42_000 });
    expect(db.sqlite.prepare("SELECT deleted_at AS d FROM staff WHERE id = 'a'").get()).toEqual({ d: 42_000 });
    const last = db.sqlite.prepare('SELECT fields FROM outbox ORDER BY seq DESC LIMIT 1').get() as { fields: string };
    expect(Object.keys(JSON.parse(last.fields))).toEqual(['deleted_at']);
  });
});
