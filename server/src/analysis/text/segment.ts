import type { Paragraph, Sentence, TextModel, Token, TokenKind } from '../types';
import { parseDateline } from './dateline';
import abbreviations from './abbreviations.json';
import { buildTokenLayer } from './tokens';
import { WordClass, WrittenClass, wordId } from '../lexicon/vocabulary';
import grammar from '../lexicon/grammar.json';
import calendar from '../lexicon/calendar.json';

// One sticky regex, tried at each position (after an ASCII fast path that gives the same tokens: asciiToken); every alternative consumes at
// least one character and none can backtrack across another, so the scan is
// linear in the text length.
//  1 initials/abbreviations with inner dots (U.S., J.D., a.m.)
//  2 words with inner apostrophes or hyphens (García-Peña, Trump’s, don't); in UTF-8 text read as Latin-1 and
//    saved again (mojibake, "GarcÃ­a", "FranÃ§ois" in scraped copy: 11 of the 925 PolNeAR texts), a Latin-1
//    symbol after "Ã" or "Â" is the rest of a letter, so the name stays one word (it was cut at "Ã": "FranÃ")
//  3 numbers (10:53, 1,000, 3.5, 1990s, 2nd)
//  4 quotation marks; a doubled apostrophe ('') is one double mark, as NYT wire copy writes quotes;
//    three after text close a single and then a double quote ('old-school,''' → ' + ''), three before
//    text open a double and then a single (''' College → '' + '); two backquotes (``) open a double
//    quotation as PTB and LaTeX text writes it (``Carlos'')
//  5 other punctuation
/** A character inside a word: a letter, mark or digit, or a mojibake letter's Latin-1 second half (rule 2). */
const WORD_CHAR = String.raw`(?:[\p{L}\p{M}\p{N}]|(?<=[ÃÂ])[\u0080-\u00bf])`;
const TOKEN = new RegExp(
  String.raw`(\p{L}\.(?:\p{L}\.)+)|([\p{L}\p{M}]${WORD_CHAR}*(?:['’\-‐]${WORD_CHAR}+)*)|(\p{N}+(?:[.,:/]\p{N}+)*\p{L}*)|((?<=\S)'(?=''(?!'))|''|${'``'}|["“”‘’'«»„‟])|([\p{P}])|(\S)`,
  'uy',
);

const ABBREVIATIONS = new Set<string>(
  [abbreviations.titles, abbreviations.names, abbreviations.months, abbreviations.weekdays, abbreviations.states, abbreviations.other].flat().map((s: string) => s.toLowerCase()),
);

/**
 * Abbreviations a name may hold with their dot ("Sen.", "Inc.", "Jan."), as written: the people stage joins
 * them. Case-sensitive ("Co" and "Sen", not "co" or "SEN"), so a token is tested by its id and its text.
 */
export const NAME_ABBREVIATIONS = new WrittenClass([...abbreviations.titles, ...abbreviations.names, ...abbreviations.months]);
/** Titles and honorifics written before a name with their period ("Mr", "Sen", "Gov"), as written. */
export const TITLE_ABBREVIATIONS = new WrittenClass(abbreviations.titles);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Splits an article into dateline, paragraphs, sentences and tokens with UTF-16 offsets. */
export function segment(text: string): TextModel {
  const dl = parseDateline(text);
  const bodyStart = dl ? dl.bodyStart : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const dateline = dl ? { start: dl.start, end: dl.end, text: dl.text, value: dl.value } : null;
  const paragraphs = splitParagraphs(text, bodyStart);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const p of paragraphs) segmentParagraph(text, p, tokens, sentences);
  return { text, dateline, bodyStart, paragraphs, sentences, tokens, lex: buildTokenLayer(tokens) };
}

/**
 * Whether the character at i ends a line: \n, a lone \r (classic Mac files), or
 * the \n of \r\n — the LSP's line rules, so paragraphs and the editor's lines agree.
 */
export function endsLine(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10);
}

/** Paragraphs are separated by one or more blank (whitespace-only) lines; \n, \r\n and \r all end lines. */
export function splitParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  let start = -1;
  let lastNonSpace = -1;
  let lineHasText = false;
  let pendingBreak = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (endsLine(text, i)) {
      if (!lineHasText && start >= 0) pendingBreak = true;
      lineHasText = false;
      continue;
    }
    if (c === 13 || c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 0x200b) continue;
    // A non-blank character.
    if (pendingBreak && start >= 0) {
      out.push({ start, end: lastNonSpace + 1, index: out.length });
      start = -1;
    }
    pendingBreak = false;
    if (start < 0) start = i;
    lineHasText = true;
    lastNonSpace = i;
  }
  if (start >= 0) out.push({ start, end: lastNonSpace + 1, index: out.length });
  return out;
}

function kindOf(m: RegExpExecArray): TokenKind {
  if (m[1] !== undefined || m[2] !== undefined) return 'word';
  if (m[3] !== undefined) return 'number';
  if (m[4] !== undefined) return 'quote';
  if (m[5] !== undefined) return 'punct';
  return 'symbol';
}

/** ASCII punctuation the regex's alternative 5 takes as one character (quotation marks excluded: they need its look-around). */
const ASCII_PUNCT = new Uint8Array(128);
for (const ch of '!#%&()*,-./:;?@[\\]_{}') ASCII_PUNCT[ch.charCodeAt(0)] = 1;
/** ASCII symbols (alternative 6; the backquote goes to the regex, where two are a quotation mark). */
const ASCII_SYMBOL = new Uint8Array(128);
for (const ch of '$+<=>^|~') ASCII_SYMBOL[ch.charCodeAt(0)] = 1;
const KIND_CODES: TokenKind[] = ['word', 'number', 'punct', 'symbol'];

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The token at i when it is plain ASCII and TOKEN would match it the same way (most tokens of
 * English news): its end * 4 + its kind's index in KIND_CODES; -1 when TOKEN must decide (any
 * non-ASCII character, an inner apostrophe or hyphen, an abbreviation with dots, a number with
 * separators or a unit, a quotation mark). Identical tokens, without the regex's cost.
 */
function asciiToken(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 128) return -1;
  if (isAsciiLetter(c)) {
    let j = i + 1;
    let d = text.charCodeAt(j); // NaN past the end
    while (isAsciiLetter(d) || isAsciiDigit(d)) d = text.charCodeAt(++j);
    // A non-ASCII letter or mark may continue the word; ' or - may join another part (don't, García-Peña);
    // "U.S." is an abbreviation (alternative 1).
    if (d >= 128 || d === 39 || d === 45 || (d === 46 && j === i + 1)) return -1;
    return j * 4;
  }
  if (isAsciiDigit(c)) {
    let j = i + 1;
    let d = text.charCodeAt(j);
    while (isAsciiDigit(d)) d = text.charCodeAt(++j);
    // Separators (1,000, 3.5, 10:53, 9/11) and a unit or suffix (2nd, 1990s) go to the regex.
    if (d >= 128 || d === 46 || d === 44 || d === 58 || d === 47 || isAsciiLetter(d)) return -1;
    return j * 4 + 1;
  }
  if (ASCII_PUNCT[c]) return (i + 1) * 4 + 2;
  if (ASCII_SYMBOL[c]) return (i + 1) * 4 + 3;
  return -1;
}

function segmentParagraph(text: string, p: Paragraph, tokens: Token[], sentences: Sentence[]): void {
  let sentenceStartToken = tokens.length;
  let sentenceStart = -1;
  const closeSentence = (endToken: number, wire = false) => {
    if (endToken <= sentenceStartToken) return;
    const first = tokens[sentenceStartToken];
    const last = tokens[endToken - 1];
    const index = sentences.length;
    for (let k = sentenceStartToken; k < endToken; k++) tokens[k].sentence = index;
    const sentence: Sentence = { start: first.start, end: last.end, index, paragraph: p.index, tokenStart: sentenceStartToken, tokenEnd: endToken };
    if (wire) sentence.wire = true;
    sentences.push(sentence);
    sentenceStartToken = endToken;
    sentenceStart = -1;
  };

  let i = p.start;
  let lineBreakSince = false;
  while (i < p.end) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineBreakSince = true;
      i++;
      continue;
    }
    if (c <= 32 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029) {
      i++;
      continue;
    }
    // A line break inside a paragraph ends a sentence (headlines, lists, one-sentence-per-line text).
    if (lineBreakSince) closeSentence(tokens.length);
    lineBreakSince = false;
    let tok: Token;
    const fast = asciiToken(text, i);
    if (fast >= 0) {
      const kind = fast & 3;
      const end = (fast - kind) / 4;
      tok = { start: i, end, text: text.slice(i, end), kind: KIND_CODES[kind], sentence: sentences.length };
    } else {
      TOKEN.lastIndex = i;
      const m = TOKEN.exec(text);
      if (!m) {
        i++;
        continue;
      }
      tok = { start: i, end: i + m[0].length, text: m[0], kind: kindOf(m), sentence: sentences.length };
    }
    tokens.push(tok);
    if (sentenceStart < 0) sentenceStart = tok.start;
    i = tok.end;
    // A wire dateline opening the paragraph ("WASHINGTON (AP) —", "BEDFORD, N.H. --") is a sentence of its
    // own: read with the first sentence, the city became its subject ("WASHINGTON … said" left Obama out).
    if (!sentences.length || sentences[sentences.length - 1].paragraph !== p.index) {
      if (tok.kind === 'punct' && isDatelineEnd(tokens, sentenceStartToken)) {
        closeSentence(tokens.length, true);
        continue;
      }
    }
    if (isSentenceEnd(text, tokens, p.end)) {
      // Absorb closing quotes/brackets that belong to this sentence.
      let j = i;
      while (j < p.end && CLOSERS.has(text[j])) {
        const len = text[j] === "'" && text[j + 1] === "'" ? 2 : 1;
        tokens.push({ start: j, end: j + len, text: text.slice(j, j + len), kind: text[j] === ')' || text[j] === ']' ? 'punct' : 'quote', sentence: sentences.length });
        j += len;
      }
      i = j;
      if (startsNewSentence(text, i, p.end)) closeSentence(tokens.length);
    }
  }
  closeSentence(tokens.length);
}

/** Most tokens of a dateline before its dash ("MANCHESTER, N.H. (AP)" is 6; "LOS ANGELES, Sept. 28 (UPI)" is 9). */
const MAX_DATELINE_TOKENS = 11;
/** Month names (calendar.json) and their dotted abbreviations as written (abbreviations.json): a wire dateline's date. */
const MONTH_NAMES = new WordClass(calendar.months);
const MONTH_ABBREVIATIONS = new WrittenClass(abbreviations.months);
/** The highest day of a month. */
const MAX_DAY = 31;

/**
 * Tokens of a date at k that a wire dateline gives after its place ("Sept. 28", "August 11"): a capitalised
 * month or its abbreviation with or without the dot, then a day number; 0 when there is none.
 */
function datelineDate(tokens: Token[], k: number, end: number): number {
  const t = tokens[k];
  const id = wordId(t.text.toLowerCase());
  if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || !(MONTH_NAMES.has(id) || MONTH_ABBREVIATIONS.has(id, t.text))) return 0;
  let j = k + 1;
  if (j < end && tokens[j].text === '.' && tokens[j].start === t.end) j++;
  const day = j < end ? tokens[j] : null;
  return day && day.kind === 'number' && /^\d{1,2}$/.test(day.text) && +day.text >= 1 && +day.text <= MAX_DAY ? j + 1 - k : 0;
}

/**
 * The last token is the dash after a dateline that opens the sentence at `from`: capitals, commas and
 * abbreviations ("BEDFORD, N.H."), a date after a comma ("LOS ANGELES, Sept. 28", "WASHINGTON, August 11"),
 * then an agency in parentheses or not ("(AP)", "(Reuters)", "(Xinhua)").
 */
function isDatelineEnd(tokens: Token[], from: number): boolean {
  const n = tokens.length;
  const t = tokens[n - 1];
  let end = n - 1;
  if (t.text === '-' && n - 2 > from && tokens[n - 2].text === '-' && tokens[n - 2].end === t.start) end = n - 2;
  else if (t.text !== '—' && t.text !== '–') return false;
  if (end - from < 1 || end - from > MAX_DATELINE_TOKENS) return false;
  const first = tokens[from];
  if (first.kind !== 'word' || first.text.length < 3 || !/^\p{Lu}+$/u.test(first.text)) return false;
  let paren = false;
  for (let k = from + 1; k < end; k++) {
    const x = tokens[k].text;
    const date = !paren && tokens[k - 1].text === ',' ? datelineDate(tokens, k, end) : 0;
    if (date) k += date - 1;
    else if (x === '(') paren = true;
    else if (x === ')') paren = false;
    else if (!paren && x !== ',' && !(tokens[k].kind === 'word' && /^[\p{Lu}.]+$/u.test(x))) return false;
  }
  return !paren;
}

function isSentenceEnd(text: string, tokens: Token[], limit: number): boolean {
  const t = tokens[tokens.length - 1];
  if (t.kind === 'punct' && (t.text === '!' || t.text === '?')) return true;
  if (t.kind === 'punct' && t.text === '.') {
    const prev = tokens[tokens.length - 2];
    if (!prev || prev.end !== t.start) return true;
    if (prev.kind === 'word') {
      const w = prev.text.toLowerCase();
      // (One that may end a sentence does before a word that opens one: "in Oakland, Calif. The city …".)
      if (ABBREVIATIONS.has(w)) return MAY_END.has(w) && opensSentence(textAfter(text, t.end, limit));
      // A single capital letter before a dot is an initial (J. Smith).
      if (prev.text.length === 1 && /\p{Lu}/u.test(prev.text)) return false;
    }
    return true;
  }
  // "U.S." / "a.m." at the end of a sentence: only when the next word clearly starts one.
  if (t.kind === 'word' && t.text.endsWith('.')) {
    const rest = textAfter(text, t.end, limit);
    return (opensSentence(rest) && !NEVER_FINAL.has(t.text.toLowerCase())) || /^\s*$/.test(rest);
  }
  return false;
}

/** grammar.json sentenceOpeners, as written. */
const SENTENCE_OPENERS = new WrittenClass(grammar.sentenceOpeners);
/** abbreviations.json mayEnd and states, in lower case. */
const MAY_END: ReadonlySet<string> = new Set([...abbreviations.mayEnd, ...abbreviations.states.map((s: string) => s.toLowerCase())]);
/** abbreviations.json neverFinal, in lower case. */
const NEVER_FINAL: ReadonlySet<string> = new Set(abbreviations.neverFinal);
/** Spaces, an optional opening quotation mark, then a word of letters (ASCII: the openers are), and where it ends. */
const NEXT_WORD = /^\s+["“‘]?([A-Za-z]+)(?![A-Za-z0-9_])/;

/** How far after a dotted word `opensSentence` reads: spaces, a quotation mark and one word. */
const LOOK_AHEAD = 40;

/** The text after a dotted word ending at `end`, as far as `opensSentence` reads (not past `limit`). */
function textAfter(text: string, end: number, limit: number): string {
  return text.slice(end, Math.min(limit, end + LOOK_AHEAD));
}

/** `rest` (the text after a dotted word) goes on with a word that opens sentences ("The", "He", "But"). */
function opensSentence(rest: string): boolean {
  const m = NEXT_WORD.exec(rest);
  return !!m && SENTENCE_OPENERS.has(wordId(m[1].toLowerCase()), m[1]);
}

/** After a terminal mark: does the following text begin a new sentence? */
function startsNewSentence(text: string, i: number, limit: number): boolean {
  if (i >= limit) return true;
  const c = text.charCodeAt(i);
  if (!(c <= 32 || c === 0xa0)) return false; // "U.S.-led", "3.5", ".com"
  let j = i;
  while (j < limit && (text.charCodeAt(j) <= 32 || text.charCodeAt(j) === 0xa0)) j++;
  if (j >= limit) return true;
  const ch = text[j];
  // Lower-case continuation ("said Sen. Moreno … and the president") is not a new sentence.
  return !/\p{Ll}/u.test(ch);
}
