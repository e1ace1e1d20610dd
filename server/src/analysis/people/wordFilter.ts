// A quick "might this word be in the set?" before a Map lookup, for loops over every word of a
// document that look up a handful of words: a 4096-bit table keyed by the word's length and its first
// and last code units. No false negatives; a false positive only costs the lookup it would have cost.
export class WordFilter {
  private readonly bits = new Uint32Array(128);
  private static slot(w: string): number {
    const n = w.length;
    return (Math.imul(n, 0x9e3779b1) ^ Math.imul(w.charCodeAt(0), 0x85ebca6b) ^ Math.imul(w.charCodeAt(n - 1) | 0, 0xc2b2ae35)) >>> 20;
  }
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const s = WordFilter.slot(w);
      this.bits[s >>> 5] |= 1 << (s & 31);
    }
  }
  mayHave(w: string): boolean {
    const s = WordFilter.slot(w);
    return (this.bits[s >>> 5] & (1 << (s & 31))) !== 0;
  }
}
