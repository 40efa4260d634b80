// Hybrid logical clock. A timestamp is a fixed-width string so that plain string
// comparison orders timestamps: 15-digit wall ms, 4-hex-digit counter, node id.
export const HLC_MAX_COUNTER = 0xffff;
export const DEFAULT_MAX_DRIFT_MS = 60 * 60 * 1000;

export interface HlcState {
  wall: number;
  counter: number;
  node: string;
}

export class HlcError extends Error {
  constructor(
    readonly kind: 'overflow' | 'drift' | 'format',
    message: string,
  ) {
    super(message);
    this.name = 'HlcError';
  }
}

export function formatHlc(s: HlcState): string {
  return `${String(s.wall).padStart(15, '0')}-${s.counter.toString(16).padStart(4, '0')}-${s.node}`;
}

const HLC_RE = /^(\d{15})-([0-9a-f]{4})-([A-Za-z0-9_.:-]{1,64})$/;

export function parseHlc(text: string): HlcState {
  const m = HLC_RE.exec(text);
  if (!m) throw new HlcError('format', `malformed HLC: ${JSON.stringify(text).slice(0, 80)}`);
  return { wall: Number(m[1]), counter: parseInt(m[2], 16), node: m[3] };
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Hlc {
  /** A fresh timestamp for a local event; strictly greater than every one seen before. */
  now(): string;
  /** Merge a timestamp received from elsewhere, so later local events sort after it. */
  receive(remote: string): void;
  state(): HlcState;
}

export function createHlc(
  node: string,
  clock: () => number,
  opts: { initial?: HlcState; maxDriftMs?: number } = {},
): Hlc {
  const maxDrift = opts.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS;
  let wall = opts.initial?.wall ?? 0;
  let counter = opts.initial?.counter ?? 0;

  function bump(nextWall: number, nextCounter: number) {
    if (nextCounter > HLC_MAX_COUNTER) {
      throw new HlcError('overflow', `HLC counter overflow at wall ${nextWall}`);
    }
    wall = nextWall;
    counter = nextCounter;
  }

  return {
    now() {
      const pt = clock();
      if (pt > wall) bump(pt, 0);
      else bump(wall, counter + 1);
      return formatHlc({ wall, counter, node });
    },
    receive(remote) {
      const r = parseHlc(remote);
      const pt = clock();
      if (r.wall - pt > maxDrift) {
        throw new HlcError('drift', `remote clock ${r.wall - pt} ms ahead of local (max ${maxDrift})`);
      }
      if (pt > wall && pt > r.wall) bump(pt, 0);
      else if (r.wall > wall) bump(r.wall, r.counter + 1);
      else if (wall > r.wall) bump(wall, counter + 1);
      else bump(wall, Math.max(counter, r.counter) + 1);
    },
    state: () => ({ wall, counter, node }),
  };
}
