// Units: the segmenter's tokens re-cut for name analysis.
//  - a possessive suffix is split off its word ("Trump’s" → "Trump" + "’s");
//  - an abbreviation and its dot are joined ("Sen" + "." → "Sen.", "J" + "." → "J.");
//  - a contraction of a pronoun keeps the pronoun apart ("he’s" → "he" + "’s").
// Each unit knows whether it is inside a quotation, and carries the token layer's view of its text
// (lower-case form, vocabulary id, `Lex` bits): a unit that is one token copies its token's; a unit cut
// from a token or joined from two ("Trump" of "Trump’s", "Sen.") looks its own text up once here.
import type { TextModel, TokenKind, TokenLayer } from '../types';
import { Lex, classFlags, isCliticS, wordId } from '../lexicon/vocabulary';
import { shapeFlags } from '../text/tokens';
import { NAME_ABBREVIATIONS } from '../text/segment';
import { CONTRACTION_TAILS } from '../lexicon';

export type UnitKind = TokenKind | 'clitic';

export interface Unit {
  text: string;
  start: number;
  end: number;
  kind: UnitKind;
  sentence: number;
  paragraph: number;
  /** Inside a quotation (between opening and closing marks). */
  quoted: boolean;
  /** First word of its sentence, or first word after an opening quotation mark. */
  initial: boolean;
  /** First character is an upper-case letter (upper case and not title case: not always `Lex.CAPITALISED`, which a title-case letter such as "ǅ" also sets). */
  cap: boolean;
  /** The text in lower case. */
  lower: string;
  /** Vocabulary id of `lower` (0 when no lexicon holds it): what a `WordClass` tests. */
  id: number;
  /** `Lex` bits of the text: word classes and shape. */
  flags: number;
}

export function isUpperChar(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function splitApostrophe(w: string): number {
  // Index of a final ’s / 's (or other contraction tail) or -1.
  for (let i = w.length - 2; i > 0; i--) {
    const c = w.charCodeAt(i);
    if (c === 0x2019 || c === 39) {
      const tail = w.slice(i + 1).toLowerCase();
      if (CONTRACTION_TAILS.has(tail)) return i;
      return -1;
    }
  }
  return -1;
}

/** "the", in any case: an article (lexicon/determiners.json) that is not an indefinite one. */
export function isDefiniteArticle(u: Unit): boolean {
  return (u.flags & (Lex.ARTICLE | Lex.INDEFINITE_ARTICLE)) === Lex.ARTICLE;
}

/** A possessive clitic unit ("’s" of "Trump’s", "'s"): the unit before it is the possessor. */
export function isPossessiveClitic(u: Unit): boolean {
  return u.kind === 'clitic' && isCliticS(u.flags, u.text);
}

/**
 * units[i] marks the possessive of the word before it: "’s" ("Gallup’s"), or a bare apostrophe glued to a
 * word ending in s ("Fox News' Megyn Kelly").
 */
export function isPossessiveMark(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (isPossessiveClitic(u)) return true;
  const before = i > 0 ? units[i - 1] : undefined;
  return u.kind === 'quote' && (u.text === "'" || u.text === '’') && !!before && before.kind === 'word' && before.end === u.start && /s$/i.test(before.text);
}

export function buildUnits(model: TextModel): Unit[] {
  const { tokens, sentences, text, lex } = model;
  const out: Unit[] = [];
  let quoted = false;
  let lastPara = -1;
  let lastSentence = -1;
  let pendingInitial = true;
  // Unit sentences are the segmenter's, further cut at line breaks it does not split at (a lone CR,
  // U+2028, U+2029): a line break always ends a name, whatever the line-ending style.
  let extra = 0;
  let prevEnd = -1;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    const s = sentences[tok.sentence];
    const para = s ? s.paragraph : 0;
    if (para !== lastPara) {
      quoted = false;
      lastPara = para;
    }
    if (tok.sentence !== lastSentence) {
      pendingInitial = true;
      lastSentence = tok.sentence;
    } else if (prevEnd >= 0 && tok.start > prevEnd && hasLineBreak(text, prevEnd, tok.start)) {
      extra++;
      pendingInitial = true;
    }
    prevEnd = tok.end;
    const sentence = tok.sentence + extra;
    if (tok.kind === 'quote') {
      const q = tok.text;
      // A detached possessive ("Trump 's", tokenised text): one clitic unit.
      if ((q === "'" || q === '’') && t + 1 < tokens.length) {
        const nx = tokens[t + 1];
        if (nx.start === tok.end && (nx.text === 's' || nx.text === 'S') && nx.kind === 'word' && out.length && out[out.length - 1].kind === 'word') {
          out.push(unit(q + nx.text, tok.start, nx.end, 'clitic', sentence, para, quoted, false, null, 0));
          t++;
          continue;
        }
      }
      let opens: boolean;
      // `` opens a PTB or LaTeX quotation (``Carlos'').
      if (q === '“' || q === '«' || q === '„' || q === '``') opens = true;
      else if (q === '”' || q === '»') opens = false;
      else if (q === '"' || q === "''") {
        // Straight quote: opening when not preceded by a word character glued to it.
        const prev = tok.start > 0 ? text.charCodeAt(tok.start - 1) : 32;
        opens = prev <= 32 || prev === 40 || prev === 0xa0 || !quoted;
        if (quoted && (prev > 32 && prev !== 40)) opens = false;
      } else {
        out.push(unit(tok.text, tok.start, tok.end, 'quote', sentence, para, quoted, false, lex, t));
        continue;
      }
      if (opens) {
        quoted = true;
        pendingInitial = true;
        out.push(unit(tok.text, tok.start, tok.end, 'quote', sentence, para, true, false, lex, t));
      } else {
        out.push(unit(tok.text, tok.start, tok.end, 'quote', sentence, para, true, false, lex, t));
        quoted = false;
      }
      continue;
    }
    if (tok.kind === 'word') {
      const w = tok.text;
      const initial = pendingInitial;
      pendingInitial = false;
      // Abbreviation + dot.
      const next = t + 1 < tokens.length ? tokens[t + 1] : undefined;
      if (next && next.text === '.' && next.start === tok.end && (NAME_ABBREVIATIONS.has(lex.id[t], w) || (w.length === 1 && isUpperChar(w.charCodeAt(0))))) {
        out.push(unit(w + '.', tok.start, next.end, 'word', sentence, para, quoted, initial, null, 0));
        t++;
        continue;
      }
      const ap = splitApostrophe(w);
      if (ap > 0) {
        out.push(unit(w.slice(0, ap), tok.start, tok.start + ap, 'word', sentence, para, quoted, initial, null, 0));
        out.push(unit(w.slice(ap), tok.start + ap, tok.end, 'clitic', sentence, para, quoted, false, null, 0));
        continue;
      }
      out.push(unit(w, tok.start, tok.end, 'word', sentence, para, quoted, initial, lex, t));
      continue;
    }
    if (tok.kind === 'number') pendingInitial = false;
    out.push(unit(tok.text, tok.start, tok.end, tok.kind, sentence, para, quoted, false, lex, t));
  }
  return out;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** A unit; `lex` and `t` give the one token it is (null: a unit cut from a token or joined from two, looked up by its own text). */
function unit(text: string, start: number, end: number, kind: UnitKind, sentence: number, paragraph: number, quoted: boolean, initial: boolean, lex: TokenLayer | null, t: number): Unit {
  let lower: string;
  let id: number;
  let flags: number;
  if (lex) {
    lower = lex.lower[t];
    id = lex.id[t];
    flags = lex.flags[t];
  } else {
    lower = text.toLowerCase();
    id = wordId(lower);
    flags = classFlags(id) | shapeFlags(text);
  }
  return { text, start, end, kind, sentence, paragraph, quoted, initial, cap: kind === 'word' && isUpperChar(text.charCodeAt(0)), lower, id, flags };
}
