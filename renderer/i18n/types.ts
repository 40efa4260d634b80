/** The shape every locale of a dictionary must have: the same keys as zh-CN, any strings. */
export type Dict<T> = { [K in keyof T]: T[K] extends string ? string : Dict<T[K]> };

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
