// The state one `findQuotes` call shares between its steps: the tokens, their lower-case forms, which
// quotation and which block (paragraph) each token is in, and the small token tests every step uses.
import { ORGANISATION_HEADS as NAME_ORGANISATION_HEADS } from '../people/lexicon';
import type { Mention, TextModel, TextSpan, Token, TokenLayer } from '../types';
import type { PeopleResult } from '../people';
import type { SyntaxLayer, SyntaxWord } from '../syntax/layer';
import type { Blocks, RawQuote } from './marks';
import { Lex, isCliticS } from '../lexicon/vocabulary';
import { firstOverlapping } from '../text/lookup';
import { SPEECH_VERBS, TERMINAL } from './lexicon';

export type SourceKind = 'person' | 'organisation' | 'anonymous' | 'description' | 'document';

/** Who a strategy credits a quotation to, through which words and which cue. */
export interface Attribution {
  kind: SourceKind;
  person: string | null;
  mention: TextSpan | null;
  cue: TextSpan | null;
  /** Every person credited when several are ("Smith and Jones wrote"), in text order; `person` is the first. */
  speakers?: string[];
  /** A secondary source the attribution goes through ("…, Trump said, according to CNN"). */
  via?: TextSpan;
  /** The id of the rule that found the source (quotes.after-cue, quotes.continuation, …). */
  rule?: string;
  /** First token of the source's phrase when it stands left of its cue (what lies between it and the quotation is checked). */
  from?: number;
}

/** A person's mention as the source, with its cue (and the rule that found it, where the caller names it). */
export function personSource(m: Mention, cue: TextSpan | null, rule?: string): Attribution {
  const a: Attribution = { kind: 'person', person: m.person, mention: { start: m.start, end: m.end, text: m.text }, cue };
  if (rule) a.rule = rule;
  return a;
}

/** The attribution tagged with the rule that found it (null stays null). */
export function by(rule: string, a: Attribution | null): Attribution | null {
  return a ? { ...a, rule } : null;
}

/** Of a string that is not one token (a mention's or a span's text); of token k, ask `c.upper(k)` / `c.lowerStart(k)`. */
export const isUpperStart = (s: string) => /^\p{Lu}/u.test(s);

/** The analysis state shared by the helpers of one `findQuotes` call. */
export class Ctx {
  readonly tokens: Token[];
  /** The token layer: lower-case form, vocabulary id and class/shape bits of each token. */
  readonly lex: TokenLayer;
  /** Index of the raw quote whose span holds the token (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** Block (paragraph, or line of a one-line-per-paragraph article) of each token. */
  readonly paraOf: Int32Array;
  readonly blockCount: number;
  constructor(
    readonly model: TextModel,
    readonly people: PeopleResult,
    readonly raw: RawQuote[],
    blockInfo: Blocks,
    readonly extraCues: ReadonlySet<string>,
    /** The article's parse, or null when no syntax model is loaded (strategies then read the words alone). */
    readonly syntax: SyntaxLayer | null = null,
  ) {
    this.tokens = model.tokens;
    this.lex = model.lex;
    this.quoteOf = new Int32Array(this.tokens.length).fill(-1);
    this.nickname = new Uint8Array(raw.length);
    raw.forEach((q, i) => {
      for (let k = q.openTok; k <= q.closeTok; k++) this.quoteOf[k] = i;
    });
    const { blocks, blockOf } = blockInfo;
    this.paraOf = blockOf;
    this.blockCount = blocks.length;
  }

  /**
   * Token k lies inside a name the people stage knows by evidence to be an organisation (a company's officer,
   * "Xinhua, the official Chinese news agency,"): not the tagger's guesses, which miss people ("Bay Buchanan").
   */
  organisationAt(k: number): boolean {
    const t = this.tokens[k];
    return !!firstOverlapping(this.people.organisations, t.start, t.end)?.known;
  }

  /** First word of each organisation name → where its first such name starts; computed on first use. */
  private orgFirstWords: Map<string, number> | null = null;

  /**
   * Where an organisation the people stage named first begins with `word` and ends with an organisation
   * head ("Peabody" → "Peabody Energy"), or undefined: once per article, not per source phrase.
   */
  organisationLedBy(word: string): number | undefined {
    if (!this.orgFirstWords) {
      const m = new Map<string, number>();
      const text = this.model.text;
      for (const o of this.people.organisations) {
        const name = text.slice(o.start, o.end);
        const sp = name.indexOf(' ');
        const first = name.slice(0, sp);
        if (sp > 0 && !m.has(first) && NAME_ORGANISATION_HEADS.hasWord(name.slice(name.lastIndexOf(' ') + 1))) m.set(first, o.start);
      }
      this.orgFirstWords = m;
    }
    return this.orgFirstWords.get(word);
  }

  /** Token k is a finite speech verb: the lexicon's, or one of the project's extra cues (`.articlelens.json` "cues", words of no lexicon file, so tested by form). */
  isSpeechVerb(k: number): boolean {
    return SPEECH_VERBS.has(this.lex.id[k]) || (this.extraCues.size > 0 && this.extraCues.has(this.lw(k)));
  }

  /** The parse's first word of token k (null without a parse). */
  wordAt(k: number): SyntaxWord | null {
    const s = this.syntax;
    if (!s || k < 0 || k >= s.tokenWord.length) return null;
    return s.words[s.tokenWord[k]] ?? null;
  }

  /** Lower-cased text of token k ('' past either end). */
  lw(k: number): string {
    return this.lex.lower[k] ?? '';
  }

  /** Vocabulary id of token k (0 past either end, or when no lexicon holds it): what a `WordClass` tests. */
  id(k: number): number {
    return this.lex.id[k] ?? 0;
  }

  /** Token k has one of the class or shape bits `bits` (`Lex.*`; false past either end). */
  is(k: number, bits: number): boolean {
    return (this.lex.flags[k] & bits) !== 0;
  }

  /** Token k starts with an upper-case letter (`Lex.CAPITALISED`; false past either end). */
  upper(k: number): boolean {
    return (this.lex.flags[k] & Lex.CAPITALISED) !== 0;
  }

  /** Token k starts with a lower-case letter (`Lex.LOWER_INITIAL`; false past either end). */
  lowerStart(k: number): boolean {
    return (this.lex.flags[k] & Lex.LOWER_INITIAL) !== 0;
  }

  span(a: number, b: number): TextSpan {
    const start = this.tokens[a].start;
    const end = this.tokens[b].end;
    return { start, end, text: this.model.text.slice(start, end) };
  }

  mentionAt(k: number): Mention | undefined {
    const t = this.tokens[k];
    if (!t) return undefined;
    const m = this.people.mentionAt(t.start);
    return m && m.start < t.end && m.end > t.start ? m : undefined;
  }

  /** Per raw quote, 1 when it is a nickname inside a name (filled by findQuotes once the quotes are known). */
  readonly nickname: Uint8Array;

  /** Token k belongs to a nickname in marks (Del. Marcia "Cia" Price): part of the name around it. */
  inNickname(k: number): boolean {
    const q = this.quoteOf[k];
    return q >= 0 && this.nickname[q] === 1;
  }

  /** How many words (and numbers) raw quote `qi` holds between its marks. */
  wordsInside(qi: number): number {
    const q = this.raw[qi];
    let words = 0;
    for (let k = q.openTok + 1; k < q.closeTok; k++) if (this.isWord(k)) words++;
    return words;
  }

  isWord(k: number): boolean {
    const t = this.tokens[k];
    return t.kind === 'word' || t.kind === 'number';
  }

  /** A dot that belongs to an abbreviation or initial ("Sen.", "J.") inside a name. */
  isNameDot(k: number): boolean {
    const t = this.tokens[k];
    if (t.text !== '.' || k === 0) return false;
    const prev = this.tokens[k - 1];
    return prev.end === t.start && prev.kind === 'word' && this.upper(k - 1) && prev.text.length <= 5;
  }

  /** A possessive apostrophe that is not a quotation mark ("Sanders' campaign"). */
  /** Token k is the clitic ’s or 's alone (false past either end). */
  isCliticS(k: number): boolean {
    return k >= 0 && k < this.tokens.length && isCliticS(this.lex.flags[k], this.tokens[k].text);
  }

  isLooseApostrophe(k: number): boolean {
    const t = this.tokens[k];
    return t.kind === 'quote' && (t.text === '’' || t.text === "'") && this.quoteOf[k] < 0 && k > 0 && this.tokens[k - 1].end === t.start;
  }

  /** A sentence-ending mark outside any abbreviation ("M." in "Harry M. Reid" and "(D-Nev.)" are not). */
  isTerminal(k: number): boolean {
    const t = this.tokens[k];
    if (t.kind !== 'punct' || !TERMINAL.has(this.id(k))) return false;
    if (t.text === ';') return true;
    const nx = this.tokens[k + 1];
    if (!nx) return true;
    if (nx.sentence !== t.sentence) return true;
    // Closing marks absorbed into the sentence: look past them.
    let j = k + 1;
    while (j < this.tokens.length && this.tokens[j].kind === 'quote' && this.tokens[j].sentence === t.sentence) j++;
    return j >= this.tokens.length || this.tokens[j].sentence !== t.sentence;
  }

  isPossessiveWord(k: number): boolean {
    return ((this.lex.flags[k] ?? 0) & (Lex.APOSTROPHE_S | Lex.POSSESSIVE)) !== 0;
  }

  /** Mention `m`, starting at token k, is a possessive ("Bernie Sanders’s plan"): its last word carries ’s, or a split ’s follows. */
  isPossessiveMention(k: number, m: Mention): boolean {
    let last = k;
    while (last + 1 < this.tokens.length && this.tokens[last + 1].start < m.end) last++;
    return this.isPossessiveWord(last) || this.isCliticS(last + 1);
  }
}
