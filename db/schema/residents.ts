import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * The residents directory (业主/住户). Phones are stored normalised (digits; a landline's area code
 * and number joined, an extension after '-') so a caller look-up is an indexed prefix range.
 */
export const residents = sqliteTable(
  'residents',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** pinyin initials and full pinyin of the name ("zs zhangsan"). */
    pinyin: text('pinyin').notNull().default(''),
    building: text('building').notNull(),
    unit: text('unit'),
    room: text('room').notNull(),
    phone: text('phone'),
    phone2: text('phone2'),
    notes: text('notes'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('residents_phone_idx').on(t.phone),
    index('residents_phone2_idx').on(t.phone2),
    index('residents_pinyin_idx').on(t.pinyin),
    // The full pinyin after the initials ("zhangsan" of "zs zhangsan"): a caller found by a typed
    // full pinyin is an index range too, not a LIKE over every key with the same first letter.
    index('residents_pinyin_full_idx').on(sql`substr(${t.pinyin}, instr(${t.pinyin}, ' ') + 1)`),
    index('residents_address_idx').on(t.building, t.unit, t.room),
  ],
);
