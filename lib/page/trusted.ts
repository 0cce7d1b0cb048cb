/** Listens to trusted events only (`isTrusted`): a page's synthetic ones do nothing. */
export function onTrusted<E extends Event>(
  target: EventTarget,
  type: string,
  fn: (e: E) => void,
  opts: AddEventListenerOptions,
): void {
  target.addEventListener(type, (e) => e.isTrusted && fn(e as E), opts);
}
