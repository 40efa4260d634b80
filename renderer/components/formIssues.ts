// Every domain's forms show a refused answer the same way: each issue on the field it names,
// anything no field of this form shows in one list for an alert.
import type { FormInstance } from 'antd';
import type { AnswerError, Issue } from '../../core/api-types';

const keyOf = (path: readonly (string | number)[]) => JSON.stringify(path);

/** The message without its "Field：" prefix, for showing under a field that already has its label. */
export function issueText(issue: Issue): string {
  for (const sep of ['：', ': ']) {
    const prefix = `${issue.field}${sep}`;
    if (issue.field && issue.message.startsWith(prefix)) return issue.message.slice(prefix.length);
  }
  return issue.message;
}

/**
 * Put the answer's issues on the matching Form.Items (typed values stay as they are).
 * Returns the messages no field of this form can show: the caller puts them in an alert.
 */
export function applyIssues(form: Pick<FormInstance, 'getFieldsError' | 'setFields'>, error: AnswerError): string[] {
  const issues = error.issues ?? [];
  if (issues.length === 0) return [error.message];
  const known = new Set(form.getFieldsError().map((f) => keyOf(f.name)));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: string[] = [];
  for (const issue of issues) {
    const key = keyOf(issue.path);
    if (!known.has(key)) {
      unmatched.push(issue.message);
      continue;
    }
    const entry = byField.get(key) ?? { name: issue.path, errors: [] };
    entry.errors.push(issueText(issue));
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}
