/**
 * Measures from `start` to the end of the next frame: a requestAnimationFrame callback runs just
 * before the frame's style, layout and paint, and a message posted from it is handled after them.
 * The notes page's measures (bench/notes.bench.ts) are taken this way.
 */
export function measureAfterPaint(name: string, start: number): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.clearMeasures(name);
      performance.measure(name, { start });
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}
