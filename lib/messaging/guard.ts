/**
 * Tiny runtime shape checks for messages that cross a trust boundary (content script →
 * background). Each returns the value typed, or throws a MessageError naming the field.
 */
export class MessageError extends Error {
  override name = "MessageError";
}

export type Guard<T> = (value: unknown, path: string) => T;

export const str =
  (opts: { max?: number; min?: number } = {}): Guard<string> =>
  (v, path) => {
    if (typeof v !== "string") throw new MessageError(`${path}: expected a string`);
    if (opts.max !== undefined && v.length > opts.max)
      throw new MessageError(`${path}: longer than ${opts.max} characters`);
    if (opts.min !== undefined && v.length < opts.min)
      throw new MessageError(`${path}: shorter than ${opts.min} characters`);
    return v;
  };

export const num =
  (opts: { min?: number; max?: number; int?: boolean } = {}): Guard<number> =>
  (v, path) => {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new MessageError(`${path}: expected a number`);
    if (opts.int && !Number.isInteger(v)) throw new MessageError(`${path}: expected an integer`);
    if (opts.min !== undefined && v < opts.min) throw new MessageError(`${path}: below ${opts.min}`);
    if (opts.max !== undefined && v > opts.max) throw new MessageError(`${path}: above ${opts.max}`);
    return v;
  };

export const bool: Guard<boolean> = (v, path) => {
  if (typeof v !== "boolean") throw new MessageError(`${path}: expected true or false`);
  return v;
};

export const oneOf =
  <T extends string>(...values: T[]): Guard<T> =>
  (v, path) => {
    if (typeof v !== "string" || !values.includes(v as T))
      throw new MessageError(`${path}: expected one of ${values.join(", ")}`);
    return v as T;
  };

export const optional =
  <T>(g: Guard<T>): Guard<T | undefined> =>
  (v, path) =>
    v === undefined ? undefined : g(v, path);

export const arrayOf =
  <T>(g: Guard<T>, max = 10_000): Guard<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) throw new MessageError(`${path}: expected a list`);
    if (v.length > max) throw new MessageError(`${path}: more than ${max} items`);
    return v.map((item, i) => g(item, `${path}[${i}]`));
  };

type Shape = Record<string, Guard<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** An object with exactly these fields: unknown fields are refused, not ignored. */
export const object =
  <S extends Shape>(shape: S): Guard<FromShape<S>> =>
  (v, path) => {
    if (typeof v !== "object" || v === null || Array.isArray(v))
      throw new MessageError(`${path}: expected an object`);
    const rec = v as Record<string, unknown>;
    // Own keys only: `key in shape` would let `toString`, `constructor` or `__proto__` through.
    for (const key of Object.keys(rec)) {
      if (!Object.hasOwn(shape, key)) throw new MessageError(`${path}.${key}: unexpected field`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, guard] of Object.entries(shape)) {
      const value = guard(rec[key], `${path}.${key}`);
      if (value !== undefined) out[key] = value;
    }
    return out as FromShape<S>;
  };
