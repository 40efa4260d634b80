import { useEffect, useState } from 'react';
import dayjs from 'dayjs';

export function KioskClock() {
  const [now, setNow] = useState(() => dayjs());
  useEffect(() => {
    const timer = setInterval(() => setNow(dayjs()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <time className="kiosk-clock" dateTime={now.toISOString()}>
      {now.format('YYYY-MM-DD  HH:mm')}
    </time>
  );
}
