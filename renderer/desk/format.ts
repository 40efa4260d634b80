import type { TFunction } from 'i18next';

/** "3 分钟" / "2 h": how long something has waited, in the largest whole unit. */
export function formatAge(t: TFunction, ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return t('duration.s', { count: s });
  if (s < 3600) return t('duration.m', { count: Math.floor(s / 60) });
  if (s < 86400) return t('duration.h', { count: Math.floor(s / 3600) });
  return t('duration.d', { count: Math.floor(s / 86400) });
}

const ROLES = ['reception', 'supervisor', 'host', 'worker'] as const;

/** A staff role in words; an unknown role (from a newer desk) shows as stored. */
export function roleLabel(t: TFunction, role: string): string {
  return (ROLES as readonly string[]).includes(role) ? t(`roles.${role as (typeof ROLES)[number]}`) : role;
}
