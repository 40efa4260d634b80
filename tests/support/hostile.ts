// Hostile input for any procedure: generic junk, and objects shaped like the procedure's own zod
// schema (read through z.toJSONSchema) whose fields are plausible or hostile at random, so the fuzz
// reaches past "not an object" into each field's checks and the handlers. Falls back to junk
// where a schema cannot be described (transforms, refinements), so no procedure needs a fixture.
import fc from 'fast-check';
import { z } from 'zod';

/** What a paste, a scanner or an attacker can put in a text field. */
const NASTY = [
  '', ' ', '\u0000', '\t\r\n', '\u007f', '\u0085', '\u200b', '\u202e', '\u2066', '\ufeff', '\ufffe',
  '\ud800', '\udfff', 'a\ud83db', '\ude00\ud83d', '😀', '👨‍👩‍👧', '🇨🇳',
  "'; DROP TABLE staff; --", "' OR '1'='1", '%', '_', '\\', '"', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '${7*7}', '{{7*7}}', '../../etc/passwd', 'C:\\Windows\\System32', '__proto__', 'constructor', 'null', 'undefined', 'NaN',
  '0', '-1', '１２３', '王'.repeat(300),
] as const;

const controlChar = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: fc.oneof(controlChar, loneSurrogate, fc.constantFrom('a', '王', ' ', "'", '<')), maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  // Huge: past every max length, and big enough to hurt a handler that copies or logs it.
  fc.constantFrom('x'.repeat(100_000), '王'.repeat(30_000), `${'1'.repeat(5000)}@`),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, -0, 0.5, Number.NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), 1e308, -1e308, 8_640_000_000_001, Number.MIN_VALUE),
  fc.double(),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
);

/** Objects with the keys that pollute prototypes when merged naively; built by JSON.parse, as a transport would. */
const pollution: fc.Arbitrary<unknown> = fc.constantFrom(
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"prototype": {"polluted": "yes"}, "__proto__": null}',
).map((s) => JSON.parse(s) as unknown);

export const junk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.constantFrom(null, true, false, undefined, [], {}),
    pollution,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'id', 'name', 'toString')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

type Json = { [k: string]: unknown };

/** Text a receptionist would type, so the fuzz gets past the field checks into the handlers. */
const cleanText = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'王李张刘陈杨黄赵周吴栋单元室号水电门窗abcxyz0123456789 -'), minLength: Math.max(1, minLength), maxLength: Math.max(1, maxLength) }).filter((t) => t.trim().length > 0);
/** Fields checked by a refinement JSON Schema cannot describe: recognised by name, the one per-field guess. */
const byName: [RegExp, fc.Arbitrary<string>][] = [
  [/phone/i, fc.constantFrom('13812345678', '13900001111', '0571-88886666', '010-12345678-123')],
  [/pin$/i, fc.constantFrom('1234', '2468', '000000')],
];

/** A plausible value for one JSON-schema node; anything not understood gets junk. */
function plausible(s: Json, depth: number, key = ''): fc.Arbitrary<unknown> {
  if (depth > 4) return junk;
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  if ('const' in s) return fc.constant(s.const);
  const alternatives = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => shaped(a, depth + 1)));
  switch (s.type) {
    case 'string': {
      if (s.format === 'uuid') return fc.uuid();
      if (typeof s.pattern === 'string') {
        try {
          return fc.stringMatching(new RegExp(s.pattern));
        } catch {
          return fc.string();
        }
      }
      const named = byName.find(([re]) => re.test(key));
      if (named) return named[1];
      return cleanText(Number(s.minLength ?? 0), Math.min(Number(s.maxLength ?? 30), 60));
    }
    case 'integer':
    case 'number': {
      const min = typeof s.minimum === 'number' ? s.minimum : -1000;
      const max = typeof s.maximum === 'number' ? s.maximum : 1_000_000;
      return fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(shaped((s.items ?? {}) as Json, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Json>;
      const keys = Object.keys(props);
      if (keys.length === 0) return fc.constant({});
      const model = Object.fromEntries(keys.map((k) => [k, shaped(props[k]!, depth + 1, k)]));
      const required = ((s.required ?? []) as string[]).filter((k) => keys.includes(k));
      // Mostly every required field present (deep paths), sometimes any missing, sometimes an extra key.
      return fc.oneof(
        { weight: 3, arbitrary: fc.record(model, { requiredKeys: required }) },
        { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
        { weight: 1, arbitrary: fc.tuple(fc.record(model, { requiredKeys: required }), hostileString, junk).map(([o, k, v]) => ({ ...o, [k]: v })) },
      );
    }
    default:
      return junk;
  }
}

/**
 * A value for a node: mostly plausible, sometimes hostile of the same or another type. Mostly, so that
 * an object of five fields is often whole and valid and the handler runs with one odd value in it.
 */
function shaped(s: Json, depth: number, key = ''): fc.Arbitrary<unknown> {
  const hostile = s.type === 'string' ? hostileString : s.type === 'number' || s.type === 'integer' ? hostileNumber : junk;
  return fc.oneof({ weight: 12, arbitrary: plausible(s, depth, key) }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: junk });
}

/** Inputs for one procedure: junk, and (when the schema can be described) schema-shaped hostile objects. */
export function inputsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  let json: Json | null = null;
  try {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
  } catch {
    json = null;
  }
  return json ? fc.oneof({ weight: 1, arbitrary: junk }, { weight: 3, arbitrary: shaped(json, 0) }) : junk;
}
