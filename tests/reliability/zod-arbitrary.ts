import fc from 'fast-check';
import type { z } from 'zod';
import { nationalIdCheckDigit } from '../../shared/features/clients/national-id';

/**
 * fast-check arbitraries from the zod schemas of the IPC contract: values shaped like a channel's
 * input (so most pass validation and reach the handler) for the schema kinds the contract uses.
 * Refinements are not modelled: a value they refuse is just one more invalid input.
 */

/** Values taken from the vault under test, so ids and files point at real rows. */
export interface ValuePools {
  /**
   * Row ids known, by the key that names them (`clientId`, `productId`…; a feature's own `id` is
   * filed under its `…Id` key too); `id` holds those of the channel's own feature.
   */
  ids: Readonly<Record<string, readonly string[]>>;
  /** Real text for keys that hold a file's content (`csv`, `json`, …): exports of the vault. */
  texts: Readonly<Record<string, readonly string[]>>;
  /** Secrets that unlock (the passphrase, the recovery code): for keys of that name. */
  secrets: Readonly<Record<string, readonly string[]>>;
}

type AnySchema = z.core.$ZodType;
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };
const checksOf = (schema: AnySchema): CheckDef[] =>
  ((defOf(schema).checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);

function lengthBounds(schema: AnySchema, fallbackMax: number): { min: number; max: number } {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length') min = Math.max(min, check.minimum ?? 0);
    if (check.check === 'max_length') max = Math.min(max, check.maximum ?? max);
    if (check.check === 'length_equals') min = max = check.length ?? 0;
  }
  // Mostly short values (fast calls), the upper bound itself sometimes.
  const cap = Math.max(min, Math.min(max, min + fallbackMax));
  return { min, max: cap };
}

const FORMATS: Record<string, () => fc.Arbitrary<string>> = {
  email: () => fc.emailAddress(),
  uuid: () => fc.uuid(),
  guid: () => fc.uuid(),
  url: () => fc.webUrl(),
  date: () => fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  datetime: () => fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
};

/** Text with what breaks naive code: CJK, NUL, U+FFFD, formula starts, full-width and zero-width signs. */
const awkwardText = (min: number, max: number) =>
  fc.string({
    minLength: min,
    maxLength: max,
    unit: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...'abcXYZ 0123456789-_.,') },
      { weight: 3, arbitrary: fc.constantFrom(...'陳大文王小明台北市信義區') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('\u0000', '\uFFFD', '=', '＝', '\u200B', '"', '\n', '\r', '\t', '+', '@'),
      },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
    ),
  });

function stringArbitrary(schema: AnySchema): fc.Arbitrary<string> {
  const checks = checksOf(schema);
  const own = defOf(schema);
  const format = (own.format as string | undefined) ?? checks.find((c) => c.format)?.format;
  const pattern =
    (own.pattern as RegExp | undefined) ??
    checks.find((c) => c.check === 'string_format' && c.pattern)?.pattern;
  if (format && format !== 'regex' && FORMATS[format]) return FORMATS[format]();
  if (pattern) {
    // Only the schema's own bounds: a fallback cap shorter than every match (a 64-digit hash ID)
    // would reject every sample and the generator would loop forever.
    const { min, max } = lengthBounds(schema, Number.POSITIVE_INFINITY);
    return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max);
  }
  const { min, max } = lengthBounds(schema, 24);
  return awkwardText(min, max);
}

/** Counts whose upper bound is valid but slow (100,000 demo clients, simulation paths): kept small. */
const SMALL_NUMBER_KEY = /^(count|limit|paths|simulationPaths|offset)$/;

function numberArbitrary(schema: AnySchema, key: string): fc.Arbitrary<number> {
  let lo = -1e12;
  let hi = 1e12;
  let int = false;
  for (const check of checksOf(schema)) {
    const value = check.value ?? 0;
    if (check.check === 'greater_than') lo = Math.max(lo, check.inclusive ? value : value + 1e-6);
    if (check.check === 'less_than') hi = Math.min(hi, check.inclusive ? value : value - 1e-6);
    if (check.check === 'number_format' && check.format?.includes('int')) int = true;
  }
  if (int) {
    lo = Math.ceil(lo);
    hi = Math.floor(hi);
  }
  // Mostly small values from zero or the lower bound: a count of 100,000 demo clients is valid
  // but would turn one fuzz call into a minute. The bounds themselves now and then.
  const from = Math.min(Math.max(lo, 0), hi);
  const range = (a: number, b: number) =>
    int
      ? fc.integer({ min: a, max: b })
      : fc.double({ min: a, max: b, noNaN: true, noDefaultInfinity: true });
  if (SMALL_NUMBER_KEY.test(key)) return range(from, Math.min(hi, from + 60));
  return fc.oneof(
    { weight: 5, arbitrary: range(from, Math.min(hi, from + 60)) },
    { weight: 2, arbitrary: range(from, Math.min(hi, from + 1e7)) },
    { weight: 1, arbitrary: fc.constantFrom(lo, hi) },
  );
}

const ID_KEY = /(^id$|Id$|Ids$)/;

/** Fields whose refinements a random string almost never meets, by the key they sit under. */
const KEYED_STRINGS: [RegExp, () => fc.Arbitrary<string>][] = [
  [
    /(Date|On|^date|^asOf|^from|^to)$/,
    () =>
      fc
        .date({ min: new Date('1935-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
  ],
  [
    /^nationalId$/,
    () =>
      fc
        .tuple(
          fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVXYWZIO'),
          fc.constantFrom('1', '2'),
          fc.stringMatching(/^\d{7}$/),
        )
        .map(
          ([letter, sex, digits]) =>
            `${letter}${sex}${digits}${nationalIdCheckDigit(`${letter}${sex}${digits}`)}`,
        ),
  ],
  [/^phone$/, () => fc.stringMatching(/^09\d{2}-\d{3}-\d{3}$/)],
  [
    /^email$/,
    () =>
      fc
        .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom('example.tw', 'mail.com'))
        .map(([a, b]) => `${a}@${b}`),
  ],
  [/^timeZone$/, () => fc.constantFrom('Asia/Taipei', 'UTC', 'America/New_York')],
  // Paths relative to the fuzz's own scratch folder (its working directory): one that exists,
  // ones that do not. Never a random path: a backup must not land anywhere else.
  [/^(folder|file)$/, () => fc.constantFrom('.', 'backups', 'missing/folder', 'advisordesk-missing.bak')],
];

/** An arbitrary for values shaped like `schema`; `key` is the object key it sits under, if any. */
export function arbitraryFor(schema: AnySchema, pools: ValuePools, key = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: unknown, k = key) => arbitraryFor(s as AnySchema, pools, k);
  switch (def.type) {
    case 'string': {
      const keyed = KEYED_STRINGS.find(([pattern]) => pattern.test(key));
      const own = keyed ? keyed[1]() : stringArbitrary(schema);
      const idKey = key.endsWith('Ids') ? key.slice(0, -1) : key;
      // A secret that unlocks now and then: success costs full-strength scrypt to re-wrap.
      const secret = pools.secrets[key];
      if (secret)
        return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...secret) }, { weight: 6, arbitrary: own });
      const pooled = ID_KEY.test(key)
        ? (pools.ids[idKey] ?? Object.values(pools.ids).flat())
        : pools.texts[key];
      if (pooled && pooled.length > 0) {
        return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pooled) }, { weight: 1, arbitrary: own });
      }
      return own;
    }
    case 'number':
      return numberArbitrary(schema, key);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'unknown':
    case 'any':
      return fc.jsonValue({ maxDepth: 2 });
    case 'default':
    case 'prefault':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 });
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 4 });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'lazy':
      return inner((def.getter as () => unknown)());
    case 'pipe': {
      const from = def.in as AnySchema;
      // z.preprocess(fn, schema) is a pipe from a transform: a value for the schema passes it.
      return defOf(from).type === 'transform' ? inner(def.out) : inner(from);
    }
    case 'array': {
      const { min, max } = lengthBounds(schema, 4);
      return fc.array(inner(def.element), { minLength: min, maxLength: max });
    }
    case 'tuple':
      return fc.tuple(...(def.items as AnySchema[]).map((item) => inner(item)));
    case 'record':
      return fc.dictionary(inner(def.keyType, '') as fc.Arbitrary<string>, inner(def.valueType), {
        maxKeys: 4,
      });
    case 'union':
      return fc.oneof(...(def.options as AnySchema[]).map((option) => inner(option)));
    case 'intersection':
      return fc
        .tuple(inner(def.left), inner(def.right))
        .map(([a, b]) => (isPlainObject(a) && isPlainObject(b) ? { ...a, ...b } : a));
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      const fields = Object.fromEntries(
        Object.entries(shape).map(([name, field]) => [name, arbitraryFor(field, pools, name)]),
      );
      return fc.record(fields, { requiredKeys: Object.keys(shape) }).map(dropUndefined);
    }
    default:
      // transform, custom, date, bigint…: not in the contract's inputs today; any JSON then.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An optional field drawn as undefined is left out, as a JSON transport would. */
function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/**
 * Inputs that must be refused: anything at all, and a valid-shaped value with one field removed,
 * retyped or given an unknown sibling.
 */
export function invalidArbitraryFor(schema: AnySchema, pools: ValuePools): fc.Arbitrary<unknown> {
  const valid = arbitraryFor(schema, pools);
  const mutated = fc
    .tuple(valid, fc.nat(), fc.anything({ maxDepth: 2 }), fc.constantFrom('drop', 'retype', 'extra'))
    .map(([value, pick, junk, how]) => {
      if (!isPlainObject(value)) return junk;
      const keys = Object.keys(value);
      const copy: Record<string, unknown> = { ...value };
      if (how === 'extra' || keys.length === 0) copy[`extra${pick % 3}`] = junk;
      else if (how === 'drop') delete copy[keys[pick % keys.length]!];
      else copy[keys[pick % keys.length]!] = junk;
      return copy;
    });
  return fc.oneof(fc.anything({ maxDepth: 3 }), mutated);
}
