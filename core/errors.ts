export type ErrorCode = 'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'unauthenticated' | 'internal';

export interface Issue {
  path: (string | number)[];
  /** The field's translated label, so a message can name it even where the UI has no matching input. */
  field: string;
  message: string;
}

export interface AnswerError {
  code: ErrorCode;
  message: string;
  issues?: Issue[];
}

export type Answer<T = unknown> = { ok: true; value: T } | { ok: false; error: AnswerError };

/** Thrown by handlers for an expected refusal; `key` is a message key translated for the caller. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params: Record<string, unknown> = {},
    /** Field-level problems (message keys), for refusals that belong to one input. */
    readonly fieldIssues: { path: (string | number)[]; key: string; params?: Record<string, unknown> }[] = [],
  ) {
    super(key);
    this.name = 'AppError';
  }
}

export const notFound = (key = 'error.not_found', params?: Record<string, unknown>) =>
  new AppError('not_found', key, params);
export const conflict = (key: string, params?: Record<string, unknown>) => new AppError('conflict', key, params);
export const forbidden = (key = 'error.forbidden', params?: Record<string, unknown>) =>
  new AppError('forbidden', key, params);
/** A refusal that belongs to one field, e.g. "this host does not exist". */
export const invalidField = (path: string | (string | number)[], key: string, params?: Record<string, unknown>) =>
  new AppError('invalid', 'error.invalid', {}, [{ path: Array.isArray(path) ? path : [path], key, params }]);
