/** Seeded text for the benches: the same words and the same draws on every run. */

/** Words of the news the extension reads, to build pages and notes from. */
export const WORDS = (
  "the of and in to a militia faction parliament budget salaries Baghdad Basra Mosul Erbil Kirkuk " +
  "Popular Mobilization Forces Kataib Hezbollah Asaib Ahl al-Haq Badr Organization prime minister " +
  "government statement spokesman said drone attack raid election coalition Sadrist movement " +
  "Kadhimi Sudani Maliki Sadr Amiri Muhandis Soleimani Iran United States embassy withdrawal " +
  "council ministry security forces commander official sources reported allocation oil revenue"
).split(" ");

/** mulberry32: a small seeded generator, so every run benchmarks the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
