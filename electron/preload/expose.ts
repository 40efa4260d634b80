// Shared by both preloads; each is bundled on its own (sandboxed preloads cannot load chunks).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

type Listener = (payload: unknown) => void;

/**
 * `window.frontDesk` for one window role. Main decides the role from the window and checks every
 * call again; `allowed` only spares main calls this role can never make.
 */
export function exposeFrontDesk(allowed: (name: string) => boolean, extra: Record<string, (...args: never[]) => unknown> = {}) {
  contextBridge.exposeInMainWorld('frontDesk', {
    invoke(name: string, input: unknown) {
      if (typeof name !== 'string' || !allowed(name)) {
        return Promise.resolve({ ok: false, error: { code: 'forbidden', message: '当前身份无权执行此操作 / Not allowed here' } });
      }
      return ipcRenderer.invoke('invoke', name, input);
    },
    on(event: string, cb: Listener) {
      const listener = (_e: IpcRendererEvent, name: string, payload: unknown) => {
        if (name === event) cb(payload);
      };
      ipcRenderer.on('event', listener);
      return () => void ipcRenderer.removeListener('event', listener);
    },
    ...extra,
  });
}
