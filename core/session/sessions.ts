import { randomBytes } from 'node:crypto';
import type { SessionStaff } from '../procedure';

/** Desk sessions live in the host process only: a restart signs everyone out, which is the safe default. */
export interface Sessions {
  create(staff: SessionStaff): string;
  get(token: string | undefined): SessionStaff | null;
  end(token: string | undefined): void;
  endAllFor(staffId: string): void;
}

export function createSessions(clock: () => number, idleMs = 12 * 60 * 60 * 1000): Sessions {
  const byToken = new Map<string, { staff: SessionStaff; lastSeen: number }>();
  return {
    create(staff) {
      const token = randomBytes(32).toString('base64url');
      byToken.set(token, { staff, lastSeen: clock() });
      return token;
    },
    get(token) {
      if (!token) return null;
      const s = byToken.get(token);
      if (!s) return null;
      if (clock() - s.lastSeen > idleMs) {
        byToken.delete(token);
        return null;
      }
      s.lastSeen = clock();
      return s.staff;
    },
    end(token) {
      if (token) byToken.delete(token);
    },
    endAllFor(staffId) {
      for (const [token, s] of byToken) if (s.staff.id === staffId) byToken.delete(token);
    },
  };
}
