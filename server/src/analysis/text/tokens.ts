// The token layer: what every later stage needs to know of a token's form, computed once per article —
// its lower-case form, its vocabulary id and its class and shape bits (`Lex` in lexicon/vocabulary.ts).
import type { Token, TokenLayer } from '../types';
import { Lex, classFlags, wordId } from '../lexicon/vocabulary';

/** Upper (1), lower (2) or neither (0): ASCII by code, other characters by their case mappings. */
export function caseOf(s: string, i: number, c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 0;
  const ch = s[i];
  return ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? 2 : 0;
}

/** The shape bits of a token's text: capitalised, lower-case initial, all capitals, holds a digit, ends in ’s. */
export function shapeFlags(s: string): number {
  let out = 0;
  const n = s.length;
  if (n >= 2) {
    const a = s.charCodeAt(n - 2);
    const z = s.charCodeAt(n - 1);
    if ((a === 39 || a === 0x2019) && (z === 115 || z === 83)) out |= Lex.APOSTROPHE_S;
  }
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = c >= 48 && c <= 57 ? 3 : caseOf(s, i, c);
    if (i === 0) out |= k === 1 ? Lex.CAPITALISED : k === 2 ? Lex.LOWER_INITIAL : 0;
    if (k === 1) upper++;
    else if (k === 2) lower++;
    else if (k === 3) out |= Lex.HAS_DIGIT;
  }
  if (upper >= 2 && lower === 0) out |= Lex.ALL_CAPS;
  return out;
}

export function buildTokenLayer(tokens: readonly Token[]): TokenLayer {
  const n = tokens.length;
  const lower = new Array<string>(n);
  const id = new Int32Array(n);
  const flags = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const text = tokens[i].text;
    const low = text.toLowerCase();
    const w = wordId(low);
    lower[i] = low;
    id[i] = w;
    flags[i] = classFlags(w) | shapeFlags(text);
  }
  return { lower, id, flags };
}

/** The layer of an analysis that has no tokens (a reduced or carried-over analysis). */
export function emptyTokenLayer(): TokenLayer {
  return { lower: [], id: new Int32Array(0), flags: new Uint32Array(0) };
}
