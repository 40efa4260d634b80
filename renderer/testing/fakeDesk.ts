// The one fake renderer tests use: `window.frontDesk`, the preload's edge. Each test scripts the
// answers it needs; an unscripted call fails loudly, so a test cannot pass by accident.
import type { Answer } from '../../core/api-types';
import type { PreloadApi } from '../api/client';

type Handler = (input: any) => Answer | Promise<Answer>;

export interface FakeDesk extends PreloadApi {
  calls: { name: string; input: unknown }[];
  emit(event: string, payload?: unknown): void;
}

export const ok = <T>(value: T): Answer<T> => ({ ok: true, value });
export const refuse = (code: 'invalid' | 'forbidden' | 'unauthenticated' | 'conflict', message: string, issues?: { path: (string | number)[]; field: string; message: string }[]): Answer => ({
  ok: false,
  error: { code, message, ...(issues ? { issues } : {}) },
});

export function installFakeDesk(handlers: Record<string, Handler>): FakeDesk {
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const fake: FakeDesk = {
    calls: [],
    async invoke(name, input) {
      fake.calls.push({ name, input });
      const handler = handlers[name];
      if (!handler) throw new Error(`fake desk: no answer scripted for ${name}`);
      return handler(input);
    },
    on(event, cb) {
      const set = listeners.get(event) ?? new Set();
      set.add(cb);
      listeners.set(event, set);
      return () => set.delete(cb);
    },
    emit(event, payload) {
      listeners.get(event)?.forEach((cb) => cb(payload));
    },
  };
  window.frontDesk = fake;
  return fake;
}

export const STAFF = [
  { id: '0190a0b0-0000-7000-8000-000000000001', name: '李前台', role: 'reception', canSignIn: true, pinyin: 'lqt liqiantai', location: null },
  { id: '0190a0b0-0000-7000-8000-000000000002', name: '王主管', role: 'supervisor', canSignIn: true, pinyin: 'wzg wangzhuguan', location: null },
  { id: '0190a0b0-0000-7000-8000-000000000003', name: '赵师傅', role: 'worker', canSignIn: false, pinyin: 'zsf zhaoshifu', location: null },
];

export const SYSTEM_STATUS = {
  version: '0.1.0',
  dbPath: '/tmp/desk.db',
  site: 'HZ01',
  device: 'A',
  now: 0,
  outbox: { pending: 0, oldestPendingAgeMs: null },
  sync: { connected: false, online: false, lastSuccessAt: null, lastError: null },
};
