import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * The parcel book (快递登记). A parcel waits on a shelf until it is picked up (签收) or sent back to
 * the courier (退回); its state is which of those times is set. The recipient's name and phone are
 * copied in, so the book still reads right if the resident later moves out.
 */
export const parcels = sqliteTable(
  'parcels',
  {
    id: text('id').primaryKey(),
    trackingNo: text('tracking_no').notNull(),
    courier: text('courier').notNull(),
    /** resident | staff | other */
    recipientKind: text('recipient_kind').notNull(),
    recipientId: text('recipient_id'),
    recipientName: text('recipient_name').notNull(),
    recipientPinyin: text('recipient_pinyin').notNull().default(''),
    recipientPhone: text('recipient_phone'),
    shelf: text('shelf'),
    notes: text('notes'),
    /** Six digits printed on the slip and told to the recipient; unique among waiting parcels. */
    code: text('code').notNull(),
    receivedAt: integer('received_at').notNull(),
    receivedBy: text('received_by').notNull(),
    notifiedAt: integer('notified_at'),
    /** phone | sms | wechat | in_person */
    notifyChannel: text('notify_channel'),
    notifiedBy: text('notified_by'),
    notifyCount: integer('notify_count').notNull().default(0),
    pickedUpAt: integer('picked_up_at'),
    /** Who took it away (a name, as signed on the paper book). */
    pickedUpBy: text('picked_up_by'),
    /** code | id: how the desk checked the person. */
    pickedUpCheck: text('picked_up_check'),
    handedOverBy: text('handed_over_by'),
    returnedAt: integer('returned_at'),
    returnedBy: text('returned_by'),
    returnReason: text('return_reason'),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('parcels_waiting_idx').on(t.pickedUpAt, t.returnedAt, t.receivedAt),
    index('parcels_code_idx').on(t.code),
    index('parcels_tracking_idx').on(t.trackingNo),
    index('parcels_pinyin_idx').on(t.recipientPinyin),
  ],
);

/**
 * Things the desk lends (钥匙借用 and the like): keys of public rooms and of vacant or managed
 * homes, umbrellas, trolleys, tools. `kind` is 'key' or one of the setting lending.kinds.
 */
export const lentItems = sqliteTable(
  'lent_items',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    building: text('building'),
    unit: text('unit'),
    room: text('room'),
    place: text('place'),
    /** Keys: copies on the ring (lent together). Other items: how many the desk holds. */
    count: integer('count').notNull().default(1),
    notes: text('notes'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('lent_items_kind_idx').on(t.kind, t.label)],
);

/** One lending of an item; open while returned_at is null. */
export const itemLoans = sqliteTable(
  'item_loans',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id').notNull(),
    borrower: text('borrower').notNull(),
    phone: text('phone').notNull(),
    purpose: text('purpose').notNull(),
    lentAt: integer('lent_at').notNull(),
    dueAt: integer('due_at').notNull(),
    lentBy: text('lent_by').notNull(),
    returnedAt: integer('returned_at'),
    returnedBy: text('returned_by'),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('item_loans_open_idx').on(t.returnedAt, t.dueAt), index('item_loans_item_idx').on(t.itemId, t.returnedAt)],
);
