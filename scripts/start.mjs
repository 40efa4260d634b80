// npm start: the desktop app, or browser mode where the Electron binary cannot be had.
// The work is in start.ts; tsx lets plain `node` run it (Node >= 20.6).
import { register } from 'tsx/esm/api';

register();
await import('./start.ts');
