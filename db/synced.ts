import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { auditLog, departments, dutyEntries, handovers, settings, staff, workOrderEvents, workOrders } from './schema';
import { callMessages, calls, caseNotes, cases, residents } from './schema';
import { visitAppointments, visitBlocklist, visitIncidents, visits } from './schema';
import { itemLoans, lentItems, parcels } from './schema';

export interface SyncedSpec {
  table: SQLiteTable;
  /** TS keys of columns that never leave this device (no clock, no outbox): e.g. encrypted ID numbers. */
  localOnly?: readonly string[];
}

/**
 * The tables written only through `mutate` and replicated by sync. Each domain adds its own
 * tables here; a table not listed cannot be written by `mutate`.
 */
const specs: SyncedSpec[] = [
  { table: staff },
  { table: departments },
  { table: settings },
  { table: auditLog },
  { table: workOrders },
  { table: workOrderEvents },
  { table: dutyEntries },
  { table: handovers },
  { table: residents },
  { table: calls },
  { table: callMessages },
  { table: cases },
  { table: caseNotes },
  // Phones and ID numbers travel only masked; the sealed values and blind indexes stay on this PC.
  { table: visits, localOnly: ['phoneSealed', 'phoneIndex', 'idSealed'] },
  { table: visitBlocklist, localOnly: ['phoneIndex'] },
  { table: visitAppointments, localOnly: ['phoneSealed'] },
  { table: visitIncidents },
  { table: parcels },
  { table: lentItems },
  { table: itemLoans },
];

export interface SyncedTableInfo {
  name: string;
  table: SQLiteTable;
  /** TS key -> column */
  columns: Record<string, SQLiteColumn>;
  /** SQL column name -> TS key */
  keyOf: Record<string, string>;
  localOnly: ReadonlySet<string>;
}

const byName = new Map<string, SyncedTableInfo>();
const byTable = new Map<SQLiteTable, SyncedTableInfo>();

function registerSynced(spec: SyncedSpec): void {
  const name = getTableName(spec.table);
  const columns = getTableColumns(spec.table) as Record<string, SQLiteColumn>;
  if (!columns.id || !columns.deletedAt) {
    throw new Error(`synced table ${name} needs id and deletedAt columns`);
  }
  const keyOf: Record<string, string> = {};
  for (const [key, col] of Object.entries(columns)) keyOf[col.name] = key;
  const info = { name, table: spec.table, columns, keyOf, localOnly: new Set(spec.localOnly ?? []) };
  byName.set(name, info);
  byTable.set(spec.table, info);
}

for (const spec of specs) registerSynced(spec);

export function syncedInfo(table: SQLiteTable): SyncedTableInfo {
  const info = byTable.get(table);
  if (!info) throw new Error(`table ${getTableName(table)} is not a synced table`);
  return info;
}

export function syncedByName(name: string): SyncedTableInfo | undefined {
  return byName.get(name);
}

export function syncedTableNames(): string[] {
  return [...byName.keys()];
}
