// The engine's data model. Every offset is a UTF-16 code-unit offset into the
// analysed text exactly as given (BOM, CRLF and all); `end` is exclusive.
import type { SyntaxModel } from './syntax/model';
import type { PeopleModels } from './people';
import type { SyntaxLayer } from './syntax/layer';

export type { SyntaxLayer, SyntaxWord } from './syntax/layer';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  /** Always `text.slice(start, end)` of the analysed text. */
  text: string;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

export interface Token extends TextSpan {
  kind: TokenKind;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Index of the first token of the sentence in `TextModel.tokens`, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
  /** A wire dateline, a sentence of its own ("WASHINGTON, Aug. 11 (Xinhua) --", "BEDFORD, N.H. (AP) —"). */
  wire?: true;
}

export interface Dateline extends TextSpan {
  /** `YYYY-MM-DD` when the date exists on the calendar; null when it is impossible (e.g. 2026-02-30). */
  value: string | null;
}

/** The segmented text every analysis stage reads. */
export interface TextModel {
  text: string;
  dateline: Dateline | null;
  /** Where the body starts (after the dateline marker, or 0). */
  bodyStart: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Per token: lower-case form, vocabulary id and class bits (`text/tokens.ts`). */
  lex: TokenLayer;
}

/** What the stages read of each token's form, computed once per article (`text/tokens.ts`). */
export interface TokenLayer {
  /** The token's text in lower case. */
  readonly lower: readonly string[];
  /** Vocabulary id of the lower-case form (`lexicon/vocabulary.ts`); 0 when no lexicon holds it. */
  readonly id: Int32Array;
  /** `Lex` bits: the word classes of the form and the shape of the text. */
  readonly flags: Uint32Array;
}

/**
 * `title`: a bare role resolved to the person ("the president", "the senator", "the President of Colombia, …");
 * `description`: a definite description, a role with modifiers or a general role word ("the Republican lawmaker",
 * "the former congressman", "the Florida senator").
 */
export type MentionKind = 'name' | 'pronoun' | 'title' | 'description';

export interface Mention extends TextSpan {
  kind: MentionKind;
  /** Id of the person the mention refers to (a group's first). */
  person: string;
  /** A plural pronoun's group ("Sanders and Warren … They"): every person's id, in text order; each person lists the mention. */
  group?: string[];
}

export type Gender = 'male' | 'female';

export interface Person {
  /** Stable within one analysis: `p1`, `p2`, … in order of first mention. */
  id: string;
  /** Fullest proper name the article gives ("Gustavo Petro"). */
  name: string;
  /** Role words as written ("President", "Secretary of State", "Sen."). */
  titles: string[];
  /** The rest of what the article says of them ("Far-left Colombian", "R-OH", "former Venezuelan dictator"). */
  descriptors: string[];
  /** Other name forms the article uses ("Petro", "JD"). */
  aliases: string[];
  gender: Gender | null;
  /** Mentions in text order. */
  mentions: Mention[];
}

export type QuoteStatus = 'attributed' | 'unattributed' | 'partial' | 'organisation' | 'anonymous' | 'document';

/**
 * `speech` and `writing` (an email, letter, tweet, note) are someone's words; a `term` (a nickname inside a
 * name, the title of a work, a scare quote, words on a sign, markup) is credited to nobody and never flagged.
 */
export type QuoteKind = 'speech' | 'writing' | 'term';

export interface Quote extends TextSpan {
  /** Person id, or null (unattributed, organisation, document or anonymous source). */
  speaker: string | null;
  /** The words naming the source in this attribution (a pronoun when the attribution uses one). */
  speakerMention: TextSpan | null;
  /** The speech or cognition cue ("said", "according to"). */
  cue: TextSpan | null;
  status: QuoteStatus;
  kind: QuoteKind;
  /** Paragraph index of the opening mark. */
  paragraph: number;
  /** True when the quote continues the previous paragraph's speaker with no cue of its own. */
  continued?: boolean;
  /** Every person credited when several are ("Smith and Jones wrote"), in text order; `speaker` is the first. */
  speakers?: string[];
  /** A secondary source the attribution goes through ("…, Trump said, according to CNN"). */
  via?: TextSpan;
  /** Id of the attribution rule that found the source (quotes.after-cue, quotes.continuation, …); none when unattributed. */
  rule?: string;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends TextSpan {
  type: TimeType;
  /** TIMEX3 value: `2026-01-03`, `2025-12`, `2026-W05`, `2026-02-03T10:53`, `PRESENT_REF`, `P1M`, `XXXX-12-25`… */
  value: string;
  /** True when the value depends on the dateline (Tuesday, last week, in December). */
  relative: boolean;
  /** Set when the expression is relative but there is no dateline to resolve it against. */
  unresolved?: boolean;
}

export interface ArticleEvent extends TextSpan {
  /** Who + what, a few words ("Trump speaks with Petro"). */
  title: string;
  /** TIMEX3 date value (`2026-02-03`, `2025-12`, `2026-W05`) or null when undated. */
  date: string | null;
  /** `HH:MM` or null. */
  time: string | null;
  /** The event's main verb. */
  verb: TextSpan;
  /** The sentence the event is in. */
  sentence: Span;
  /** The time expression that anchors the event, if any. */
  anchor: Span | null;
  /**
   * How the date was found: `own` (the time expression modifies the event), `shared` (a coordinated verb, or an
   * aspectual verb with its complement: "spoke … on January 7 and invited him"), `inherited` ("hours after
   * Maduro’s capture") or null (undated).
   */
  dating: 'own' | 'shared' | 'inherited' | null;
  /** Set (true) for a future or modal event: "will meet on Thursday", "is expected to vote". */
  planned?: boolean;
  /**
   * Set for an event told in someone's words ("Police say he posed a deadly threat"): `cue` the claim verb
   * (say, claim, deny, believe …), `source` the head word of who made the claim. The title then ends with
   * the attribution ("…, police say").
   */
  reported?: { cue: TextSpan; source: TextSpan };
  /** The rule that found the event (events.governor, events.climb, events.shared, events.inherited …), for debugging and the eval. */
  rule?: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** The rule codes, from the registry in `rules/` (one file per rule). */
export type { FindingCode } from './rules';
import type { FindingCode } from './rules';

export interface Finding extends Span {
  code: FindingCode;
  /** Default severity; the server and CLI map it through the user's settings. */
  severity: Severity;
  message: string;
  /** Index into `ArticleAnalysis.quotes` for quote findings. */
  quote?: number;
  /** An unclosed quotation whose end is certain: the offset where its closing mark goes (the only fix offered). */
  closeAt?: number;
}

/** A person the newsroom knows (a project's house list): recognised by name or alias wherever they appear. */
export interface HousePerson {
  name: string;
  /** Put first among the person's titles ("Deputy Minister"). */
  title?: string;
  /** Other names the article may use ("Ruiz", "AOC"). */
  aliases?: string[];
  /** Overrides what the article's evidence says. */
  gender?: Gender;
}

export interface AnalyzeOptions {
  /** `YYYY-MM-DD`: overrides or supplies the dateline. */
  date?: string;
  /** The trained syntax model (tagger, lemmatiser, parser); without it `syntax` is null. Hosts load it. */
  syntax?: SyntaxModel | null;
  /**
   * The people stage's trained models (name tagger, pronoun model), which hosts load from the files
   * beside the bundles (server/src/models.ts); without them people are found by rules only.
   */
  peopleModels?: PeopleModels | null;
  /** The house list of people (from `.articlelens.json`; the engine itself reads no files). */
  people?: readonly HousePerson[];
  /** Extra single-word attribution verbs ("opined"), on top of the cue lexicon. */
  cues?: readonly string[];
}

/** A named organisation, agency or medium: a source of quotations, never a person. */
export interface Organisation {
  /** `org1`, `org2`, … in order of first mention. */
  id: string;
  name: string;
  mentions: TextSpan[];
  /** Indices into `ArticleAnalysis.quotes` of the quotations credited to it. */
  quotes: number[];
}

export interface ArticleAnalysis {
  text: string;
  /** The dateline's value (or the override), or null. */
  date: string | null;
  model: TextModel;
  people: Person[];
  /** All person mentions of all people, in text order. */
  mentions: Mention[];
  quotes: Quote[];
  /** Named organisations (the name tagger's, and the named sources of quotations credited to one). */
  organisations: Organisation[];
  times: TimeExpression[];
  events: ArticleEvent[];
  findings: Finding[];
  /** Part of speech, lemma and dependency parse per syntactic word; null without a syntax model. */
  syntax: SyntaxLayer | null;
}
