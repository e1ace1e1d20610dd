// The syntax layer of an article: its tokens split into syntactic words as UD English tokenises them
// (clitics "’s", "n’t", "’re" and hyphens apart, but after a prefix UD English keeps whole: "co-sponsored"), each sentence tagged, lemmatised and parsed once.
// Later stages read words by token (`wordsOfToken`) instead of re-testing token text.
import { wordId } from '../lexicon/vocabulary';
import type { Sentence, Token, TokenLayer } from '../types';
import { parseWords, type SyntaxModel } from './index';
import { joiningHyphen } from './lemmatizer';
import hyphenPrefixes from './hyphenPrefixes.json';

export interface SyntaxWord {
  start: number;
  end: number;
  /** Index of the token the word is part of. */
  token: number;
  upos: string;
  xpos: string;
  lemma: string;
  /** Vocabulary id of the word's own text in lower case (a whole token's is its token's `lex.id`; 0 when no lexicon holds it). */
  formId: number;
  /** Vocabulary id of the lower-case lemma (lexicon/vocabulary.ts; 0 when no lexicon holds it): later stages test word lists by it, not by the lemma's text. */
  lemmaId: number;
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
export const MAX_SENTENCE_WORDS = 250;

// "don’t" → "do" + "n’t", "Trump’s" → "Trump" + "’s", as UD English does.
const NT = /^(.+?)(n['’]t)$/i;
const CLITIC = /^(.+?)(['’](?:s|re|ve|ll|d|m))$/i;

/** Prefixes UD English writes as one word with the rest ("re-secured", "co-founder", "anti-Trump"): hyphenPrefixes.json. */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(hyphenPrefixes.prefixes);

/** A word of one hyphen after a prefix UD English keeps whole ("co-sponsored", "e-mail", "mid-September"). */
function prefixedWord(text: string): boolean {
  const hy = joiningHyphen(text);
  return hy > 0 && HYPHEN_PREFIXES.has(text.slice(0, hy).toLowerCase());
}

/** Splits one token's text into word pieces as [startOffset, endOffset] relative to the token. */
export function splitToken(text: string): [number, number][] {
  if (text.length > 2 && (text.includes("'") || text.includes('’'))) {
    const m = NT.exec(text) ?? CLITIC.exec(text);
    if (m && /\p{L}/u.test(m[1])) return [[0, m[1].length], [m[1].length, text.length]];
  }
  // Other hyphenated words are parts and hyphens, as UD English writes them ("well - known", "al - Ani").
  if (text.length > 2 && text.includes('-') && /\p{L}/u.test(text) && !prefixedWord(text)) {
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

/**
 * A period glued to tokens[t], a word, and not ending sentence s: an abbreviation's, which the model reads
 * with its word (buildSyntax below).
 */
function gluedPeriodAfter(tokens: readonly Token[], s: Sentence, t: number): boolean {
  const tok = tokens[t];
  return t + 2 < s.tokenEnd && tokens[t + 1].text === '.' && tokens[t + 1].start === tok.end && /\p{L}$/u.test(tok.text);
}

/** The forms the model reads for sentence s, as buildSyntax gives them to it (for train/autoParse.ts). */
export function modelForms(tokens: readonly Token[], s: Sentence): string[] {
  const forms: string[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = tokens[t];
    const pieces = splitToken(tok.text);
    for (let p = 0; p < pieces.length; p++) forms.push(tok.text.slice(pieces[p][0], pieces[p][1]));
    if (gluedPeriodAfter(tokens, s, t)) {
      forms[forms.length - 1] += '.';
      t++;
    }
  }
  return forms;
}

/**
 * `lex`, the article's token layer when the caller has it, saves looking up again the vocabulary ids of whole
 * tokens and of lemmas that are their word's own form (most are); without it every id is looked up.
 */
export function buildSyntax(tokens: readonly Token[], sentences: readonly Sentence[], m: SyntaxModel, lex?: TokenLayer): SyntaxLayer {
  const words: SyntaxWord[] = [];
  const sentenceWords: { start: number; end: number }[] = [];
  const tokenWord = new Int32Array(tokens.length);
  for (const s of sentences) {
    const first = words.length;
    const forms: string[] = [];
    // The word of each form the model reads (a glued abbreviation period has a word but no form).
    const formWord: number[] = [];
    let gluedTo = -1;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = tokens[t];
      tokenWord[t] = words.length;
      if (gluedTo >= 0) {
        words.push({ start: tok.start, end: tok.end, token: t, upos: 'PUNCT', xpos: '.', lemma: '.', formId: wordId('.'), lemmaId: wordId('.'), head: gluedTo, deprel: 'punct' });
        gluedTo = -1;
        continue;
      }
      const pieces = splitToken(tok.text);
      for (let p = 0; p < pieces.length; p++) {
        const [a, b] = pieces[p];
        // The tokeniser splits an abbreviation's period off ("Mr" "." "Obama"); UD English, which the
        // model learned from, writes "Mr." as one word and never saw "Mr" alone (at a sentence start
        // it read "Mr" "." like "Oh ."). A period glued to a word and not ending the sentence is an
        // abbreviation's: the model reads the word with it, and the period's own word is its punct.
        const abbr = p === pieces.length - 1 && gluedPeriodAfter(tokens, s, t);
        if (abbr) gluedTo = words.length;
        formWord.push(words.length);
        forms.push(abbr ? tok.text.slice(a, b) + '.' : tok.text.slice(a, b));
        const formId = pieces.length === 1 && lex ? lex.id[t] : wordId(pieces.length === 1 ? tok.text.toLowerCase() : tok.text.slice(a, b).toLowerCase());
        words.push({ start: tok.start + a, end: tok.start + b, token: t, upos: '', xpos: '', lemma: '', formId, lemmaId: 0, head: -1, deprel: '' });
      }
    }
    for (let p = 0; p < forms.length; p += MAX_SENTENCE_WORDS) {
      const piece = forms.slice(p, p + MAX_SENTENCE_WORDS);
      const parsed = parseWords(m, piece);
      for (let i = 0; i < piece.length; i++) {
        const w = words[formWord[p + i]];
        w.upos = parsed.upos[i];
        w.xpos = parsed.xpos[i];
        const l = parsed.lemma[i];
        // An abbreviation read with its period keeps a lemma without it, like its text.
        w.lemma = piece[i].length > w.end - w.start && l.endsWith('.') ? l.slice(0, -1) : l;
        const lemma = w.lemma.toLowerCase();
        w.lemmaId = lex && w.start === tokens[w.token].start && w.end === tokens[w.token].end && lemma === lex.lower[w.token] ? w.formId : wordId(lemma);
        w.head = parsed.head[i] === 0 ? -1 : formWord[p + parsed.head[i] - 1];
        w.deprel = parsed.deprel[i];
      }
    }
    sentenceWords.push({ start: first, end: words.length });
  }
  return { words, sentenceWords, tokenWord };
}
