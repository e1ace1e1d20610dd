// The syntax layer of an article: its tokens split into syntactic words as UD English tokenises them
// (clitics "’s", "n’t", "’re" and hyphens apart), each sentence tagged, lemmatised and parsed once.
// Later stages read words by token (`wordsOfToken`) instead of re-testing token text.
import type { Sentence, Token } from '../types';
import { parseWords, type SyntaxModel } from './index';

export interface SyntaxWord {
  start: number;
  end: number;
  /** Index of the token the word is part of. */
  token: number;
  upos: string;
  xpos: string;
  lemma: string;
  /** Index of the head word in `SyntaxLayer.words`, or -1 for a sentence root. */
  head: number;
  deprel: string;
}

export interface SyntaxLayer {
  words: SyntaxWord[];
  /** Per sentence, the first word and one past the last. */
  sentenceWords: { start: number; end: number }[];
  /** Per token, its first word (tokens hold 1–3 words). */
  tokenWord: Int32Array;
}

/** Sentences longer than this are parsed in pieces, so one run-on line cannot dominate the time. */
const MAX_SENTENCE_WORDS = 250;

// "don’t" → "do" + "n’t", "Trump’s" → "Trump" + "’s", as UD English does.
const NT = /^(.+?)(n['’]t)$/i;
const CLITIC = /^(.+?)(['’](?:s|re|ve|ll|d|m))$/i;

/** Splits one token's text into word pieces as [startOffset, endOffset] relative to the token. */
export function splitToken(text: string): [number, number][] {
  if (text.length > 2 && (text.includes("'") || text.includes('’'))) {
    const m = NT.exec(text) ?? CLITIC.exec(text);
    if (m && /\p{L}/u.test(m[1])) return [[0, m[1].length], [m[1].length, text.length]];
  }
  if (text.length > 2 && text.includes('-') && /\p{L}/u.test(text)) {
    const out: [number, number][] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '-' && i > s && i < text.length - 1) {
        out.push([s, i], [i, i + 1]);
        s = i + 1;
      }
    }
    out.push([s, text.length]);
    return out;
  }
  return [[0, text.length]];
}

export function buildSyntax(tokens: readonly Token[], sentences: readonly Sentence[], m: SyntaxModel): SyntaxLayer {
  const words: SyntaxWord[] = [];
  const sentenceWords: { start: number; end: number }[] = [];
  const tokenWord = new Int32Array(tokens.length);
  for (const s of sentences) {
    const first = words.length;
    const forms: string[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = tokens[t];
      tokenWord[t] = words.length;
      for (const [a, b] of splitToken(tok.text)) {
        forms.push(tok.text.slice(a, b));
        words.push({ start: tok.start + a, end: tok.start + b, token: t, upos: '', xpos: '', lemma: '', head: -1, deprel: '' });
      }
    }
    for (let p = 0; p < forms.length; p += MAX_SENTENCE_WORDS) {
      const piece = forms.slice(p, p + MAX_SENTENCE_WORDS);
      const parsed = parseWords(m, piece);
      const base = first + p;
      for (let i = 0; i < piece.length; i++) {
        const w = words[base + i];
        w.upos = parsed.upos[i];
        w.xpos = parsed.xpos[i];
        w.lemma = parsed.lemma[i];
        w.head = parsed.head[i] === 0 ? -1 : base + parsed.head[i] - 1;
        w.deprel = parsed.deprel[i];
      }
    }
    sentenceWords.push({ start: first, end: words.length });
  }
  return { words, sentenceWords, tokenWord };
}
