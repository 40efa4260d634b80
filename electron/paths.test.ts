import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchPaths, type LaunchFacts } from './paths';

const facts = (over: Partial<LaunchFacts> = {}): LaunchFacts => ({
  argv: ['/usr/bin/electron', '.'],
  env: {},
  userData: '/home/desk/.config/Front Desk',
  packaged: false,
  resourcesPath: '/opt/Front Desk/resources',
  appPath: '/src/front-desk',
  exists: () => true,
  ...over,
});

describe('launchPaths', () => {
  it('keeps the database in userData unless --db or FRONTDESK_DB says otherwise, --db first', () => {
    expect(launchPaths(facts()).dbPath).toBe(join('/home/desk/.config/Front Desk', 'front-desk.db'));
    expect(launchPaths(facts({ env: { FRONTDESK_DB: '/data/e.db' } })).dbPath).toBe('/data/e.db');
    expect(launchPaths(facts({ argv: ['x', '.', '--db', '/data/a.db'], env: { FRONTDESK_DB: '/data/e.db' } })).dbPath).toBe('/data/a.db');
  });

  it('finds migrations and the Electron build of better-sqlite3 in resources/ when packaged', () => {
    const p = launchPaths(facts({ packaged: true }));
    expect(p.migrationsFolder).toBe(join('/opt/Front Desk/resources', 'migrations'));
    expect(p.nativeBinding).toBe(join('/opt/Front Desk/resources', 'native/better_sqlite3.node'));
  });

  it('uses the checkout in dev, and no native binding when it has not been built', () => {
    const p = launchPaths(facts({ exists: () => false }));
    expect(p.migrationsFolder).toBe(join('/src/front-desk', 'db/migrations'));
    expect(p.nativeBinding).toBeUndefined();
  });

  it('keeps the plain key beside the database, like browser mode, and the sealed one in userData', () => {
    const p = launchPaths(facts({ argv: ['x', '--db', '/data/desk/a.db'] }));
    expect(p.plainKeyPath).toBe(join('/data/desk', 'front-desk.key'));
    expect(p.sealedKeyPath).toBe(join('/home/desk/.config/Front Desk', 'front-desk.key.sealed'));
  });
});
