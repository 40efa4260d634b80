import { useEffect, useRef } from 'react';

export const KIOSK_IDLE_MS = 60_000;

const ACTIVITY = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

/** Calls `onIdle` after `timeoutMs` without a touch, click or key; any activity starts the wait again. */
export function useIdleReset(onIdle: () => void, timeoutMs = KIOSK_IDLE_MS): void {
  const latest = useRef(onIdle);
  latest.current = onIdle;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), timeoutMs);
    };
    restart();
    ACTIVITY.forEach((e) => window.addEventListener(e, restart, { passive: true }));
    return () => {
      clearTimeout(timer);
      ACTIVITY.forEach((e) => window.removeEventListener(e, restart));
    };
  }, [timeoutMs]);
}
