/** Subscribers to one kind of page event: `[on, emit]`; `on(fn)` returns the function that stops it. */
export function hub<T>(): [on: (fn: (value: T) => void) => () => void, emit: (value: T) => void] {
  const subs = new Set<(value: T) => void>();
  return [
    (fn) => {
      subs.add(fn);
      return () => void subs.delete(fn);
    },
    (value) => {
      for (const fn of subs) fn(value);
    },
  ];
}
