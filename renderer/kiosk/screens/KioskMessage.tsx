import type { ReactNode } from 'react';

/** One large message with an icon: not paired, errors. */
export function KioskMessage({ icon, title, body, action }: { icon: ReactNode; title: string; body?: string; action?: ReactNode }) {
  return (
    <div className="kiosk-message">
      <div className="kiosk-message-icon" aria-hidden>
        {icon}
      </div>
      <h1 className="kiosk-message-title">{title}</h1>
      {body && <p className="kiosk-message-body">{body}</p>}
      {action}
    </div>
  );
}
