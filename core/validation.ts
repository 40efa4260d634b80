import { z } from 'zod';
import { fieldLabel, hasMessage, t, type Locale } from './i18n';
import type { Issue } from './errors';

type RawIssue = z.core.$ZodIssue;

function issueMessage(locale: Locale, issue: RawIssue): string {
  if (hasMessage(issue.message)) return t(locale, issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? t(locale, 'issue.required')
        : t(locale, 'issue.invalid_type');
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? t(locale, 'issue.required') : t(locale, 'issue.too_short', { min: issue.minimum });
      }
      if (issue.origin === 'array' && Number(issue.minimum) <= 1) return t(locale, 'issue.required');
      return t(locale, 'issue.too_small', { min: issue.minimum });
    case 'too_big':
      return issue.origin === 'string'
        ? t(locale, 'issue.too_long', { max: issue.maximum })
        : t(locale, 'issue.too_big', { max: issue.maximum });
    case 'invalid_value':
    case 'invalid_union':
      return t(locale, 'issue.invalid_choice');
    case 'unrecognized_keys':
      return t(locale, 'issue.unknown_keys', { keys: issue.keys.join(', ') });
    default: {
      const zodLocale = locale === 'en' ? z.locales.en() : z.locales.zhCN();
      const m = zodLocale.localeError(issue as never);
      return typeof m === 'string' ? m : (m?.message ?? t(locale, 'issue.invalid_type'));
    }
  }
}

/** Turn zod issues into translated issues that name their field. */
export function translateIssues(locale: Locale, issues: readonly RawIssue[], book?: string): Issue[] {
  return issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = path.length ? fieldLabel(locale, path, book) : '';
    const message = issueMessage(locale, issue);
    return { path, field, message: field ? `${field}：${message}` : message };
  });
}
