import { z } from 'zod';
import { enrollResult } from '../../sync/protocol';
import { outboxStatus } from '../system/procedures';
import { AppError } from '../errors';
import { procedure, type Ctx } from '../procedure';
import { disconnect, readConfig, saveConnection, startSyncFor, stopSyncFor, syncHandle } from './service';

const hubUrl = z
  .string()
  .max(200)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), { error: 'issue.sync_url' });
// The code `npm run hub -- enroll` prints: 10 letters and digits without 0/O/1/I.
const code = z.string().trim().toUpperCase().pipe(z.string().regex(/^[A-HJ-NP-Z2-9]{10}$/, { error: 'issue.sync_code' }));

function status(ctx: Ctx) {
  const cfg = readConfig(ctx.db);
  const handle = syncHandle(ctx.services);
  const s = handle?.status() ?? null;
  const now = ctx.clock();
  const cursor = ctx.db.sqlite.prepare("SELECT value FROM sync_state WHERE key = 'cursor'").get() as { value: string } | undefined;
  return {
    connected: cfg !== null,
    hubUrl: cfg?.hubUrl ?? null,
    hubSite: cfg?.site ?? null,
    deviceId: cfg?.deviceId ?? null,
    mode: handle?.mode ?? null,
    online: s?.online ?? false,
    refused: s?.refused ?? false,
    lastSuccessAt: s?.lastSuccessAt ?? null,
    lastError: s?.lastError ?? null,
    cursor: Number(cursor?.value ?? 0),
    ...outboxStatus(ctx, now),
  };
}

export const syncProcedures = {
  'sync.status': procedure({ input: z.object({}).strict().optional(), roles: ['desk'], handler: status }),

  /** Enrol this desk with a hub: trade the one-time code for a device token. */
  'sync.connect': procedure({
    input: z.object({ hubUrl, code }).strict(),
    roles: ['desk'],
    staffRoles: ['supervisor'],
    async handler(ctx, input) {
      const base = input.hubUrl.replace(/\/+$/, '');
      let res: Response;
      try {
        res = await fetch(`${base}/sync/enroll`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: input.code }),
          signal: AbortSignal.timeout(5000),
        });
      } catch {
        throw new AppError('conflict', 'sync.unreachable', {}, [{ path: ['hubUrl'], key: 'sync.unreachable' }]);
      }
      if (res.status === 403) throw new AppError('conflict', 'sync.bad_code', {}, [{ path: ['code'], key: 'sync.bad_code' }]);
      const got = enrollResult.safeParse(await res.json().catch(() => null));
      if (!res.ok || !got.success) throw new AppError('conflict', 'sync.unreachable', {}, [{ path: ['hubUrl'], key: 'sync.unreachable' }]);
      if (got.data.site !== ctx.db.device.siteCode) {
        throw new AppError('conflict', 'sync.other_site', { site: got.data.site, mine: ctx.db.device.siteCode }, [{ path: ['code'], key: 'sync.other_site', params: { site: got.data.site, mine: ctx.db.device.siteCode } }]);
      }
      await stopSyncFor(ctx);
      saveConnection(ctx.db, ctx.services, { hubUrl: base, deviceId: got.data.deviceId, site: got.data.site }, got.data.token);
      startSyncFor(ctx);
      ctx.emit('sync-status');
      return status(ctx);
    },
  }),

  'sync.disconnect': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    staffRoles: ['supervisor'],
    async handler(ctx) {
      await disconnect(ctx);
      ctx.emit('sync-status');
      return status(ctx);
    },
  }),

  /** Sync at once (the Settings button); the answer is the status before the pass finishes. */
  'sync.now': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    handler(ctx) {
      (syncHandle(ctx.services) ?? startSyncFor(ctx))?.wake();
      return status(ctx);
    },
  }),
};
