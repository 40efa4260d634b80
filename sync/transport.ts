/** HTTP to the hub. Every call has a timeout; a network failure throws, an HTTP status does not. */
export interface Reply {
  status: number;
  body: unknown;
  /** Seconds, from Retry-After. */
  retryAfter: number | null;
}

export interface Transport {
  request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Reply>;
}

export function fetchTransport(baseUrl: string, token: string | null, timeoutMs = 15_000): Transport {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    async request(method, path, body) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetch(base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = { error: 'bad_json' };
      }
      const ra = Number(res.headers.get('retry-after'));
      return { status: res.status, body: parsed, retryAfter: Number.isFinite(ra) && ra > 0 ? ra : null };
    },
  };
}
