import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { messages } from '../messages';
import { fieldLabel } from '../i18n';
import { callsProcedures } from '.';
import { caseProcedures } from '../cases/procedures';
import { residentProcedures } from '../residents/procedures';

/** Every field path an input schema accepts (objects within unions, optionals and pipes). */
function fieldPaths(schema: z.ZodType, prefix: string[] = []): string[][] {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, s]) => [[...prefix, k], ...fieldPaths(s, [...prefix, k])]);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
      return fieldPaths(def.innerType, prefix);
    case 'pipe':
      return [...fieldPaths(def.in, prefix), ...fieldPaths(def.out, prefix)];
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o) => fieldPaths(o, prefix));
    default:
      return [];
  }
}

const all = { ...callsProcedures, ...caseProcedures, ...residentProcedures };

describe('field labels', () => {
  it.each(Object.keys(all))('%s names every input field in Chinese and English', (name) => {
    const paths = fieldPaths(all[name as keyof typeof all].input as z.ZodType);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const label = fieldLabel(locale, path);
        expect(label, `${name} ${path.join('.')} (${locale})`).not.toBe(path.join('.'));
        expect(Object.values(messages[locale])).toContain(label);
      }
    }
  });
});
