import { createServer, Socket, type AddressInfo, type Server } from 'node:net';

export interface Faults {
  /** Probability a new connection is refused outright. */
  drop: number;
  /** Probability the response is cut after a few bytes (the request may well have been applied). */
  cut: number;
  /** Max extra delay (ms) before a connection's bytes flow; delays reorder concurrent requests. */
  delayMs: number;
  /** Everything refused: a network cut. */
  partitioned: boolean;
}

/**
 * A real TCP proxy in front of the hub for tests: it drops connections, delays them, cuts
 * responses midway and partitions. A cut response makes the desk retry a request the hub has
 * already applied, which is how duplicates reach the hub.
 */
export class FaultProxy {
  faults: Faults = { drop: 0, cut: 0, delayMs: 0, partitioned: false };
  private server: Server;
  private sockets = new Set<Socket>();
  constructor(
    /** Where connections go; a test points it at a restarted hub. */
    public target: { host: string; port: number },
    private readonly random: () => number = Math.random,
  ) {
    this.server = createServer((client) => this.handle(client));
  }

  async listen(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Cut every open connection now (a cable pulled mid-transfer). */
  cutAll() {
    for (const s of this.sockets) s.destroy();
  }

  private track(s: Socket) {
    this.sockets.add(s);
    s.on('close', () => this.sockets.delete(s));
    s.on('error', () => {});
  }

  private handle(client: Socket) {
    this.track(client);
    const f = this.faults;
    if (f.partitioned || this.random() < f.drop) {
      client.destroy();
      return;
    }
    const cutAfter = this.random() < f.cut ? 1 + Math.floor(this.random() * 200) : Infinity;
    const delay = Math.floor(this.random() * f.delayMs);
    client.pause();
    setTimeout(() => {
      if (client.destroyed) return;
      const upstream = new Socket();
      this.track(upstream);
      upstream.connect(this.target.port, this.target.host, () => client.resume());
      client.pipe(upstream);
      let sent = 0;
      upstream.on('data', (chunk: Buffer) => {
        if (this.faults.partitioned) return void client.destroy();
        if (sent + chunk.length > cutAfter) {
          client.write(chunk.subarray(0, Math.max(0, cutAfter - sent)));
          client.destroy();
          upstream.destroy();
          return;
        }
        sent += chunk.length;
        client.write(chunk);
      });
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
    }, delay);
  }

  close(): Promise<void> {
    this.cutAll();
    return new Promise((r) => this.server.close(() => r()));
  }
}
