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

/**
 * The label of an input field: the most specific one there is. A whole path (`outcome.kind`) wins over its
 * tail (`kind`); a book whose field name means something else elsewhere (`kind` is a report period in
 * reports.*, a lent-item kind in keys.*) labels it `field.<book>.<name>`, where the book is the first part
 * of the procedure name; an issue deep inside an unlabelled object names the nearest labelled outer field.
 */
export function fieldLabel(locale: Locale, path: readonly PropertyKey[], book?: string): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  const tails = names.map((_, i) => names.slice(i).join('.'));
  const outer = names.slice(0, -1).map((_, i) => names.slice(0, names.length - 1 - i).join('.'));
  const keys = [...(book ? tails.map((k) => `field.${book}.${k}`) : []), ...tails.map((k) => `field.${k}`), ...outer.map((k) => `field.${k}`)];
  const key = keys.find(hasMessage);
  return key ? t(locale, key) : path.join('.');
}
