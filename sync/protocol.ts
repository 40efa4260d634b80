import { z } from 'zod';

/** The desk <-> hub wire format. Both ends validate with these schemas. */
const HLC_RE = /^\d{15}-[0-9a-f]{4}-[A-Za-z0-9_.:-]{1,64}$/;
export const hlcText = z.string().regex(HLC_RE);
const name = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/);
const scalar = z.union([z.string().max(1_000_000), z.number(), z.boolean(), z.null()]);

/** { col: [value, hlc] } */
export const fieldsSchema = z.record(name, z.tuple([scalar, hlcText]));
export type Fields = z.infer<typeof fieldsSchema>;

export const changeSchema = z.object({ tbl: name, rowId: z.string().min(1).max(100), fields: fieldsSchema });
export type Change = z.infer<typeof changeSchema>;

/** One local transaction; ids go up by exactly 1 per client. */
export const mutationSchema = z.object({ id: z.number().int().positive(), changes: z.array(changeSchema).max(5000) });
export type Mutation = z.infer<typeof mutationSchema>;

export const pushBody = z.object({ clientId: z.string().min(1).max(64), mutations: z.array(mutationSchema).max(1000) });
export type PushBody = z.infer<typeof pushBody>;

export const rejectionSchema = z.object({
  tbl: z.string(),
  rowId: z.string(),
  col: z.string(),
  reason: z.string(),
  /** The hub's value for the field, so the desk can correct itself. */
  value: scalar.optional(),
  hlc: hlcText.optional(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

export const pushResult = z.object({ lastMutationId: z.number().int(), rejections: z.array(rejectionSchema) });
export type PushResult = z.infer<typeof pushResult>;

/** 409: the hub expected a different next mutation id. */
export const gapResult = z.object({ error: z.literal('gap'), lastMutationId: z.number().int() });

export const pulledRow = z.object({ tbl: z.string(), rowId: z.string(), fields: fieldsSchema, seq: z.number().int() });
export type PulledRow = z.infer<typeof pulledRow>;

export const pullResult = z.object({
  rows: z.array(pulledRow),
  cursor: z.number().int(),
  more: z.boolean(),
  /** The cursor is unknown to the hub (restored, or older than its tombstones): start again from 0. */
  reset: z.boolean().optional(),
});
export type PullResult = z.infer<typeof pullResult>;

export const enrollBody = z.object({ code: z.string().min(6).max(64) });
export const enrollResult = z.object({ deviceId: z.string(), site: z.string(), token: z.string() });
export type EnrollResult = z.infer<typeof enrollResult>;
