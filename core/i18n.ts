import { messages, type Locale } from './messages';

export type { Locale } from './messages';

export function hasMessage(key: string): boolean {
  return key in messages['zh-CN'];
}

/** Translate a key; `{{name}}` placeholders are filled from params. Unknown keys come back as-is. */
export function t(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const text = messages[locale]?.[key] ?? messages['zh-CN'][key] ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p] ?? ''));
}

export function fieldLabel(locale: Locale, path: readonly PropertyKey[]): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  for (let i = names.length - 1; i >= 0; i--) {
    const key = `field.${names.slice(i).join('.')}`;
    if (hasMessage(key)) return t(locale, key);
  }
  const last = names[names.length - 1];
  return last && hasMessage(`field.${last}`) ? t(locale, `field.${last}`) : path.join('.');
}
