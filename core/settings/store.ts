import type { Db } from '../../db/open';
import type { WriteTx } from '../../db/mutate';
import { settings } from '../../db/schema';
import { settingSpecs, SETTING_KEYS, type SettingKey, type SettingValues } from './registry';

/** Read one setting (stored value, or its default when unset or unreadable). */
export function getSetting<K extends SettingKey>(db: Db, key: K): SettingValues[K] {
  const s = settingSpecs[key];
  const row =
    s.scope === 'site'
      ? (db.sqlite.prepare('SELECT value FROM settings WHERE id = ? AND deleted_at IS NULL').get(key) as { value: string } | undefined)
      : (db.sqlite.prepare('SELECT value FROM local_settings WHERE key = ?').get(key) as { value: string } | undefined);
  if (!row) return s.default as SettingValues[K];
  const parsed = s.schema.safeParse(JSON.parse(row.value));
  return (parsed.success ? parsed.data : s.default) as SettingValues[K];
}

export function getAllSettings(db: Db): SettingValues {
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, getSetting(db, k)])) as SettingValues;
}

/** Write a validated setting inside a write transaction (site settings sync; device ones stay here). */
export function writeSetting(tx: WriteTx, key: SettingKey, value: unknown): void {
  const json = JSON.stringify(value);
  if (settingSpecs[key].scope === 'device') {
    tx.db.sqlite
      .prepare('INSERT INTO local_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, json);
    return;
  }
  const exists = tx.db.sqlite.prepare('SELECT 1 FROM settings WHERE id = ?').get(key);
  if (exists) tx.update(settings, key, { value: json, deletedAt: null });
  else tx.insert(settings, { id: key, value: json });
}
