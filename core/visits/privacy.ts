import type { Secrets } from '../secrets';

/** 13812345678 -> 138****5678; 057188886666 -> 0571****6666: enough to tell two visitors apart. */
export function maskPhone(p: string): string {
  const main = p.split('-')[0];
  if (main.length <= 7) return `${main.slice(0, 2)}***`;
  return `${main.slice(0, main.length - 8)}****${main.slice(-4)}`;
}

/** 张三 -> 张*; 欧阳娜娜 -> 欧***; Li Wei -> L*****: the kiosk shows a name back only like this. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

export interface SealedPhone {
  phoneMasked: string;
  phoneSealed: string;
  phoneIndex: string;
}

/** What the register keeps of a phone: masked to travel, sealed and indexed to stay on this PC. */
export function sealPhone(secrets: Secrets, phone: string): SealedPhone {
  return { phoneMasked: maskPhone(phone), phoneSealed: secrets.encrypt(phone), phoneIndex: secrets.blindIndex(`phone:${phone}`) };
}

export const phoneIndexOf = (secrets: Secrets, phone: string) => secrets.blindIndex(`phone:${phone}`);

/** Open a sealed value; one sealed under another PC's key (it never syncs, but be safe) reads as null. */
export function unseal(secrets: Secrets, sealed: string | null): string | null {
  if (!sealed) return null;
  try {
    return secrets.decrypt(sealed);
  } catch {
    return null;
  }
}
