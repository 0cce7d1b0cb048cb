/**
 * Guards: runtime shape checks from which the TypeScript types are inferred (`Infer`), so a
 * message or a file format is written once. A guard returns its value typed, and on a problem
 * either
 * - throws a MessageError naming the field (messages: the first problem is enough), or
 * - given a `Collect`, notes the problem and goes on (files: one run shows every problem).
 *
 * While collecting, a check that failed yields `undefined` and an object keeps the fields that
 * passed, so a collected value may be partial: read it defensively (lib/dataset/validate.ts).
 * The factories are marked @__NO_SIDE_EFFECTS__ so that a bundle drops the guards it builds
 * but never uses. Hand-written rather than a schema library: these few functions cost the content script
 * about 1 KB where valibot or superstruct cost about 4 KB (README, Dependencies).
 */
export class MessageError extends Error {
  override name = "MessageError";
}

/** Where problems go instead of being thrown. */
export interface Collect {
  issue(path: string, message: string): void;
  /** Receives each value checked by a `mark(name, …)` guard, with its path (even when partial). */
  found?(name: string, value: unknown, path: string): void;
}

export type Guard<T> = (value: unknown, path: string, collect?: Collect) => T;
/** A field that may be left out: its key is optional in the inferred type. */
export type OptionalGuard<T> = Guard<T | undefined> & { readonly optional: true };
/** The type a guard checks. */
export type Infer<G> = G extends Guard<infer T> ? T : never;

/** Reports one problem: throws it, or notes it and yields undefined (typed `never` for `return`). */
export function fail(path: string, message: string, collect?: Collect): never {
  if (!collect) throw new MessageError(`${path}: ${message}`);
  collect.issue(path, message);
  return undefined as never;
}

/** The path of a field: "payload.id"; at a file's root (""), just "id". */
export const join = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);

/** A guard from a test that returns the problem, or nothing when the value is a T. */
export const check =
  /* @__NO_SIDE_EFFECTS__ */
    <T>(problem: (v: unknown) => string | undefined): Guard<T> =>
    (v, path, c) => {
      const p = problem(v);
      return p === undefined ? (v as T) : fail(path, p, c);
    };

/**
 * Checks more once `g` passed with no problem: `fn` may report (with `fail`) and returns the
 * value, possibly changed (a normalised URL, cleaned tags).
 */
export const refine =
  /* @__NO_SIDE_EFFECTS__ */
    <T, U = T>(g: Guard<T>, fn: (value: T, path: string, collect?: Collect) => U): Guard<U> =>
    (v, path, c) => {
      let clean = true;
      const inner = c && {
        ...c,
        issue(p: string, m: string) {
          clean = false;
          c.issue(p, m);
        },
      };
      const out = g(v, path, inner);
      return clean ? fn(out, path, c) : (out as unknown as U);
    };

/** Hands what `g` checked to `collect.found` under `name`: for checks across files. */
export const mark =
  /* @__NO_SIDE_EFFECTS__ */
    <T>(name: string, g: Guard<T>): Guard<T> =>
    (v, path, c) => {
      const out = g(v, path, c);
      if (out !== undefined) c?.found?.(name, out, path);
      return out;
    };

export const str = /* @__NO_SIDE_EFFECTS__ */ (opts: { max?: number; min?: number } = {}): Guard<string> =>
  check((v) => {
    if (typeof v !== "string") return "expected a string";
    if (opts.max !== undefined && v.length > opts.max) return `longer than ${opts.max} characters`;
    if (opts.min !== undefined && v.length < opts.min) return `shorter than ${opts.min} characters`;
  });

export const num = /* @__NO_SIDE_EFFECTS__ */ (
  opts: { min?: number; max?: number; int?: boolean } = {},
): Guard<number> =>
  check((v) => {
    if (typeof v !== "number" || !Number.isFinite(v)) return "expected a number";
    if (opts.int && !Number.isInteger(v)) return "expected an integer";
    if (opts.min !== undefined && v < opts.min) return `below ${opts.min}`;
    if (opts.max !== undefined && v > opts.max) return `above ${opts.max}`;
  });

export const bool: Guard<boolean> = check((v) =>
  typeof v === "boolean" ? undefined : "expected true or false",
);

export const oneOf = /* @__NO_SIDE_EFFECTS__ */ <T extends string>(...values: T[]): Guard<T> =>
  check((v) =>
    typeof v === "string" && (values as string[]).includes(v)
      ? undefined
      : `expected one of ${values.join(", ")}`,
  );

/** Exactly this string: the `type` of a message. */
export const literal = /* @__NO_SIDE_EFFECTS__ */ <T extends string>(value: T): Guard<T> =>
  check((v) => (v === value ? undefined : `expected ${JSON.stringify(value)}`));

export const optional = /* @__NO_SIDE_EFFECTS__ */ <T>(g: Guard<T>): OptionalGuard<T> =>
  Object.assign<Guard<T | undefined>, { optional: true }>(
    (v, path, c) => (v === undefined ? undefined : g(v, path, c)),
    { optional: true },
  );

export interface ListOptions {
  /** At most this many items (10,000 unless told). */
  max?: number;
  /** At least this many, else `short` ("fewer than N items" unless told). */
  min?: number;
  short?: string;
  notList?: (v: unknown) => string;
}

/** A list of items that each pass `g`; a number is the most items allowed. */
export const arrayOf =
  /* @__NO_SIDE_EFFECTS__ */
    <T>(g: Guard<T>, limits: number | ListOptions = {}): Guard<T[]> =>
    (v, path, c) => {
      const o = typeof limits === "number" ? { max: limits } : limits;
      const max = o.max ?? 10_000;
      if (!Array.isArray(v)) return fail(path, o.notList?.(v) ?? "expected a list", c);
      if (v.length > max) return fail(path, `more than ${max} items`, c);
      if (o.min !== undefined && v.length < o.min) fail(path, o.short ?? `fewer than ${o.min} items`, c);
      return v.map((item, i) => g(item, `${path}[${i}]`, c));
    };

type Shape = Record<string, Guard<unknown>>;
type IsOptional<G> = G extends { readonly optional: true } ? true : false;
/** The object a shape checks: optional guards make optional keys (field comments carry over). */
export type FromShape<S extends Shape> = Flat<
  { [K in keyof S as IsOptional<S[K]> extends true ? never : K]: Infer<S[K]> } & {
    [K in keyof S as IsOptional<S[K]> extends true ? K : never]?: Exclude<Infer<S[K]>, undefined>;
  }
>;
type Flat<T> = { [K in keyof T]: T[K] } & {};

export interface ObjectWords {
  notObject?: (v: unknown) => string;
  /** For a field the shape does not know ("unexpected field" unless told). */
  unknown?: string;
  /** For a required field left out; unless told, the field's own guard says what it expected. */
  missing?: string;
}

/** An object with exactly these fields: unknown fields are refused, not ignored. */
export const object =
  /* @__NO_SIDE_EFFECTS__ */
    <S extends Shape>(shape: S, words: ObjectWords = {}): Guard<FromShape<S>> =>
    (v, path, c) => {
      if (typeof v !== "object" || v === null || Array.isArray(v))
        return fail(path, words.notObject?.(v) ?? "expected an object", c);
      const rec = v as Record<string, unknown>;
      // Own keys only: `key in shape` would let `toString`, `constructor` or `__proto__` through.
      for (const key of Object.keys(rec)) {
        if (!Object.hasOwn(shape, key)) fail(join(path, key), words.unknown ?? "unexpected field", c);
      }
      const out: Record<string, unknown> = {};
      for (const [key, guard] of Object.entries(shape)) {
        const field = join(path, key);
        const value =
          rec[key] === undefined && words.missing && !(guard as Partial<OptionalGuard<unknown>>).optional
            ? fail(field, words.missing, c)
            : guard(rec[key], field, c);
        if (value !== undefined) out[key] = value;
      }
      return out as FromShape<S>;
    };

/** True when `value` passes `g` (no throw): for filtering what may be shown. */
export function passes<T>(g: Guard<T>, value: unknown): value is T {
  try {
    g(value, "value");
    return true;
  } catch {
    return false;
  }
}
