// Token-driven time-expression scanner. One pass over `model.tokens`; a token
// is only looked at further when it is a number or its text (as written,
// Capitalised or UPPER) is a trigger word (month, weekday, "last", "today"…),
// so the common cost is one Set lookup per token, with no allocation.
// Each rule looks a bounded number of tokens ahead; no regular expression here
// runs over more than one token. See DESIGN.md.

import type { Finding, TextModel, TimeExpression, TimeType, Token } from '../types';
import lexicon from './lexicon.json';
import { weekdayMismatchFinding } from '../rules/weekday-mismatch';
import { ARTICLES, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon';
import { Lex } from '../lexicon/vocabulary';
import {
  dayNumber,
  dayString,
  fromDayNumber,
  isRealYmd,
  monthName,
  monthString,
  pad2,
  pad4,
  quarterString,
  weekString,
  weekdayName,
  weekdayOf,
} from './calendar';

type Tense = 'past' | 'future' | 'present' | 'unknown';
const CUE_CODES: readonly Tense[] = ['past', 'future', 'present', 'unknown'];

const MONTHS = new Map<string, number>(Object.entries(lexicon.months));
const WEEKDAYS = new Map<string, number>(Object.entries(lexicon.weekdays));
const NUMBERS = new Map<string, number>(Object.entries(lexicon.numbers));
const ORDINALS = new Map<string, number>(Object.entries(lexicon.ordinals));
const UNITS = new Map<string, string>(Object.entries(lexicon.units));
const SEASONS = new Map<string, string>(Object.entries(lexicon.seasons));
const PARTS = new Map<string, string>(Object.entries(lexicon.partsOfDay));
const VAGUE = new Set<string>(lexicon.vagueNumbers);
const CLOCK_ZONES = new Set<string>(lexicon.clockZones);
const LABEL_NOUNS = new Set<string>(lexicon.labelNouns);
const HOLIDAYS = new Map<string, string>(Object.entries(lexicon.holidays).filter(([k]) => !k.startsWith('_')));
const HOLIDAY_HEADS = new Set<string>([...HOLIDAYS.keys()].map((k) => k.split(' ')[0].replace(/'s$/, '')));
const SPELLED_CENTURIES = new Map<string, number>(Object.entries(lexicon.spelledCenturies));
const DECADE_WORDS = new Map<string, number>(Object.entries(lexicon.decadeWords));
const FUTURE_CUES = new Set<string>(lexicon.futureCues);
const PAST_CUES = new Set<string>(lexicon.pastCues);
const NOT_PAST_ED = new Set<string>(lexicon.notPastEd);
const DEFERRAL_VERBS = new Set<string>(lexicon.deferralVerbs);
const TOMORROW_ADJECTIVES = new Set<string>(lexicon.tomorrowAdjectives);
const PAST_PARTICIPLES = new Set<string>(lexicon.pastParticiples);
const CONTACT_PARTICIPLES = new Set<string>(lexicon.contactParticiples);
const NEGATED_STEMS = new Map<string, string>(Object.entries(lexicon.negatedContractions));
const AUX_ADVERBS = new Set<string>(lexicon.auxAdverbs);
// Future cues that are participles: a plan, unless seen from a past point ("had been due to expire").
const PARTICIPLE_CUES = new Set<string>(lexicon.participleCues);
/** How much farther a tense cue after the time counts than one before it (measured on TimeBank+AQUAINT). */
const RIGHT_WEIGHT = 2;
/** Function words that a Title-case headline capitalises ("… Targeting Hillary At Tonight's Debate"): not part of a name. */
const TITLE_CASE_FUNCTION_WORDS = new Set<string>(lexicon.titleCaseFunctionWords);
/** Intention verbs that are also nouns: future cues only before "to" ("hopes to hold the Senate in November"). */
const TO_CUES = new Set<string>(lexicon.toCues);
const MODALS = new Set<string>(lexicon.modalCues);
/** How many tokens away a tense cue still speaks for the time (measured on TimeBank+AQUAINT). */
const CUE_REACH = 40;
const BE_FORMS = new Set<string>(lexicon.beForms);
const PRESENT_CUES = new Set<string>(lexicon.presentCues);

const REF_WORDS = new Map<string, string>(Object.entries(lexicon.refWords));

const MODIFIERS = new Set<string>(lexicon.modifiers);
const RELATIVE_WORDS = new Set<string>(lexicon.relativeWords);
const MONTH_PREPS = new Set<string>(lexicon.monthPreps);
const ABBREV_MONTHS = new Set<string>(lexicon.abbreviatedMonths);
const AMPM = new Map<string, number>(Object.entries(lexicon.amPm));
const ZONES = new Set<string>(lexicon.zones);
const SET_ADVERBS = new Map<string, string>(Object.entries(lexicon.setAdverbs));

/** "Mondays", "Fridays" (full names only: "Suns" is a team): a schedule. */
const PLURAL_WEEKDAYS = new Map<string, number>([...WEEKDAYS].filter(([k]) => k.endsWith('day')).map(([k, v]) => [k + 's', v]));
const TRIGGERS = new Set<string>([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...REF_WORDS.keys(), ...MODIFIERS, ...RELATIVE_WORDS, ...SEASONS.keys(),
  ...NUMBERS.keys(), ...VAGUE, ...SET_ADVERBS.keys(), ...ORDINALS.keys(),
  ...lexicon.triggerWords, ...HOLIDAY_HEADS, ...PLURAL_WEEKDAYS.keys(),
]);

function casings(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    out.add(w.charAt(0).toUpperCase() + w.slice(1));
    out.add(w.toUpperCase());
  }
  return out;
}
const TRIGGER_FORMS = casings(TRIGGERS);
/** Words that only start a time after a determiner ("the year", "a week", "the morning", "the nineties"). */
const FOLLOW_FORMS = casings([...UNITS.keys(), ...PARTS.keys(), ...DECADE_WORDS.keys(), ...lexicon.followWords]);
const DETERMINERS = casings(ARTICLES);
/** Articles and possessives: a word right after one is a noun or an adjective, not a verb ("the plan", "a still unspecified date"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);

/** A match in token space before offsets are fixed. */
interface Match {
  s: number;
  e: number; // exclusive token index
  type: TimeType;
  value: string;
  relative: boolean;
  /** End offset override (to drop a possessive "'s"). */
  endOffset?: number;
  /** Day number when the expression names one day (used to anchor clock times). */
  day?: number;
  /** For TIME expressions without their own day: the clock part (`10:53`, `MO`). */
  clock?: string;
  /** "that year", "the following day": resolved against the last time mentioned. */
  anaphor?: { unit: string; offset: number; orDateline?: boolean; weekday?: number };
  /** "the 1988 quarter", "last year's period": this year with the quarter under discussion. */
  periodYear?: number;
  /** "a year ago", "year-earlier": one year before the period under discussion. */
  yearAgo?: boolean;
  /** "the quarter", "the latest quarter", "that quarter": the quarter under discussion when one was named (value = fallback). */
  quarterRef?: boolean;
  /** Explicit weekday to check against `day`. */
  weekday?: { wd: number; tok: number };
}

export interface ScanResult {
  times: TimeExpression[];
  findings: Finding[];
}

export function parseRef(refDate: string | null): number | null {
  if (!refDate) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(refDate);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isRealYmd(y, mo, d) ? dayNumber(y, mo, d) : null;
}

const DAYNUM = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR4 = /^(1[0-9]{3}|20[0-9]{2})$/;
const CLOCK = /^(\d{1,2})(?:[:.](\d{2}))?$/;
const DECADE = /^(1[0-9]{2}|20[0-9])0s$/;
const SHORT_DECADE = /^([0-9])0s$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const DATED = /^\d{4}(?:-|$)/;
const PERIOD = /^\d{4}-(?:Q[1-4]|H[12]|\d\d(?:-\d\d)?)$/;
const NUMERIC = /^\d+(?:[.,]\d+)?$/;

export class Scanner {
  private readonly toks: Token[];
  /** Lower-cased token texts (the token layer's, a possessive "'s" removed), filled on first use: this scan's own. */
  private readonly lc: string[];
  /** Per token: 0 not lower-cased yet, 1 lower-cased, 2 lower-cased and it had a possessive "'s". */
  private readonly lcState: Uint8Array;
  private readonly ref: number | null;
  private readonly refY: number;
  private readonly refM: number;
  private readonly refD: number;
  private sEnd = 0;
  private sStart = 0;
  private tenseCache = new Map<number, Tense>();
  /** Per token: its tense cue (`CUE_CODES` index + 1), 0 until read; a token's cue depends only on its own sentence. */
  private readonly cueState: Uint8Array;

  constructor(private readonly model: TextModel, refDate: string | null) {
    this.toks = model.tokens;
    this.lc = new Array<string>(this.toks.length).fill('');
    this.lcState = new Uint8Array(this.toks.length);
    this.cueState = new Uint8Array(this.toks.length);
    this.ref = parseRef(refDate);
    if (this.ref !== null) {
      const r = fromDayNumber(this.ref);
      this.refY = r.y;
      this.refM = r.m;
      this.refD = r.d;
    } else {
      this.refY = this.refM = this.refD = 0;
    }
  }

  /** Lower-cased token text, a possessive "'s" removed (remembered for `poss`). Cached per scan. */
  private low(i: number): string {
    if (i < this.sStart || i >= this.sEnd) return '';
    if (this.lcState[i] !== 0) return this.lc[i];
    let s = this.model.lex.lower[i];
    let p = 0;
    if (s.length > 3 && this.model.lex.flags[i] & Lex.APOSTROPHE_S && this.toks[i].kind === 'word') {
      s = s.slice(0, -2);
      p = 1;
    }
    this.lc[i] = s;
    this.lcState[i] = 1 + p;
    return s;
  }

  /** Token i had a possessive "'s" (only meaningful once `low(i)` has been read). */
  private poss(i: number): boolean {
    return this.lcState[i] === 2;
  }

  private tok(i: number): Token | undefined {
    return i >= this.sStart && i < this.sEnd ? this.toks[i] : undefined;
  }

  private isCap(i: number): boolean {
    const t = this.tok(i);
    if (!t) return false;
    const c = t.text.charCodeAt(0);
    return c >= 65 && c <= 90;
  }

  /** Could token i continue a time expression after "the"/"a"/"an"? (no allocation) */
  private mayFollow(i: number): boolean {
    const t = this.tok(i);
    if (!t) return false;
    if (t.kind === 'number' || t.kind === 'quote') return true;
    if (t.kind !== 'word') return false;
    const x = t.text;
    if (TRIGGER_FORMS.has(x) || FOLLOW_FORMS.has(x)) return true;
    return x.indexOf('-') > 0 || x.endsWith("'s") || x.endsWith('’s') || (x.length > 1 && x.charCodeAt(1) >= 65 && x.charCodeAt(1) <= 90);
  }

  /** Tokens i and i+1 touch (no space between). */
  private adjacent(i: number): boolean {
    const a = this.tok(i), b = this.tok(i + 1);
    return !!a && !!b && a.end === b.start;
  }

  /** One scan per Scanner: its lower-case cache lives and dies with it. */
  run(): ScanResult {
    const times: TimeExpression[] = [];
    const findings: Finding[] = [];
    const { sentences, text } = this.model;
    let prevDay: number | undefined;
    let lastQuarter: { value: string; sentence: number } | undefined;
    let lastDate: string | undefined;
    let prevPara = -1;
    for (const sent of sentences) {
      this.sStart = sent.tokenStart;
      this.sEnd = sent.tokenEnd;
      this.tenseCache.clear();
      if (sent.paragraph !== prevPara) prevDay = undefined;
      prevPara = sent.paragraph;
      let found: Match[] = [];
      for (let i = sent.tokenStart; i < sent.tokenEnd; ) {
        const t = this.toks[i];
        let m: Match | null = null;
        if (t.kind === 'number') m = this.match(i);
        else if (t.kind === 'word') {
          // Cheap prefilter without allocating: the exact text in its usual casings, then
          // possessives ("Friday's") and hyphenated compounds ("mid-January", "third-quarter").
          const x = t.text;
          if (TRIGGER_FORMS.has(x)) {
            // Determiners are frequent: go on only when the next token could start a time.
            if (!DETERMINERS.has(x) || this.mayFollow(i + 1)) m = this.match(i);
          }
          else {
            const last = x.charCodeAt(x.length - 1);
            const h = x.indexOf('-');
            if ((last === 115 || last === 83) && x.length > 3 && TRIGGERS.has(this.low(i))) m = this.match(i);
            else if (h > 0 && TRIGGERS.has(this.low(i).slice(0, h))) m = this.match(i);
            else if (h < 0 && x.length > 1 && x.charCodeAt(1) >= 65 && x.charCodeAt(1) <= 90 && TRIGGERS.has(this.low(i))) m = this.match(i); // odd casing
          }
        } else if (t.kind === 'quote' && t.text !== '"' && this.adjacent(i)) m = this.matchShortDecade(i);
        if (m && m.e > i) {
          if (m.endOffset === undefined && this.poss(m.e - 1)) m.endOffset = this.toks[m.e - 1].end - 2;
          found.push(m);
          i = m.e;
        } else i++;
      }
      if (!found.length) continue;
      found = this.mergeClockWithDay(found);
      // Everything below is one or two passes over `found`: linear even for a hostile
      // sentence with thousands of expressions.
      // "that year", "the following day": the last time mentioned, at the unit's granularity.
      let anchorDate = lastDate;
      for (const m of found) {
        if (m.anaphor) {
          let v = anchorDate === undefined ? null : shiftTo(anchorDate, m.anaphor.unit, m.anaphor.weekday === undefined ? m.anaphor.offset : 0);
          if (v === null && m.anaphor.orDateline && this.ref !== null) v = dayString(this.ref);
          if (v !== null && m.anaphor.weekday !== undefined) {
            // The named weekday strictly before (previous) or after (following) the anchor day.
            const a = parseRef(v)!;
            const back = (weekdayOf(a) - m.anaphor.weekday + 7) % 7 || 7;
            v = dayString(m.anaphor.offset < 0 ? a - back : a + (7 - back || 7));
          }
          m.value = v ?? '';
          if (v !== null && m.anaphor.unit === 'D') m.day = parseRef(v) ?? undefined;
        } else if (DATED.test(m.value)) anchorDate = m.value;
      }
      // "a year ago" / "year-earlier": a year before the period the text is discussing.
      // Quarters and halves are what earnings reports compare: a quarter in the sentence
      // (before, else after), else one from the last few sentences, else a month or day in
      // the sentence (before, else after), else the dateline's year.
      // A period that starts after the dateline is a forecast ("the third quarter of 1990"), not
      // a reported period: it anchors no year-ago comparison (rule time.year-ago-reported).
      const isAnchor = (o: Match) => !o.yearAgo && o.periodYear === undefined && PERIOD.test(o.value) && !this.startsAfterRef(o.value);
      const isQuarter = (v: string) => v.length === 7 && (v.charCodeAt(5) === 81 || v.charCodeAt(5) === 72); // Q, H
      const nextQ: (string | undefined)[] = new Array(found.length);
      const nextP: (string | undefined)[] = new Array(found.length);
      let q: string | undefined;
      let p: string | undefined;
      for (let k = found.length - 1; k >= 0; k--) {
        nextQ[k] = q;
        nextP[k] = p;
        const o = found[k];
        if (isAnchor(o)) {
          if (isQuarter(o.value)) q = o.value;
          else p = o.value;
        }
      }
      q = undefined;
      p = undefined;
      for (let k = 0; k < found.length; k++) {
        const m = found[k];
        if (m.quarterRef) {
          // "the quarter", "the latest period": the quarter named before in this sentence or the document.
          const named = q ?? lastQuarter?.value;
          if (named !== undefined && isQuarter(named) && named.charCodeAt(5) === 81) m.value = named;
          q = m.value;
        } else if (m.yearAgo || m.periodYear !== undefined) {
          const recent = lastQuarter && sent.index - lastQuarter.sentence <= 4 ? lastQuarter.value : undefined;
          const anchor = q ?? nextQ[k] ?? recent ?? p ?? nextP[k];
          if (m.periodYear !== undefined) {
            // "the 1988 quarter", "last year's period": that year's instance of the quarter under discussion.
            if (anchor !== undefined && isQuarter(anchor)) m.value = pad4(m.periodYear) + anchor.slice(4);
          } else if (anchor !== undefined) m.value = pad4(+anchor.slice(0, 4) - 1) + anchor.slice(4);
        } else if (isAnchor(m)) {
          if (isQuarter(m.value)) q = m.value;
          else p = m.value;
        }
      }
      if (q !== undefined) lastQuarter = { value: q, sentence: sent.index };
      // A second day sharing the month: "April 24 and 25".
      found = this.addConjoinedDays(found);
      // Anchor clock times: a day in the same sentence, else the last day of the previous
      // sentence in the paragraph, else the dateline.
      let sentDay: number | undefined;
      let sentDayRelative = true;
      for (const m of found) {
        if (m.day !== undefined && m.clock === undefined) {
          sentDay = m.day;
          sentDayRelative = m.relative;
        }
      }
      for (const m of found) {
        if (m.clock !== undefined && m.day === undefined) {
          const anchor = sentDay ?? prevDay ?? this.ref ?? undefined;
          if (anchor !== undefined) {
            m.value = dayString(anchor) + 'T' + m.clock;
            m.relative = sentDay !== undefined ? sentDayRelative : true;
          } else {
            m.value = 'XXXX-XX-XXT' + m.clock;
            m.relative = true;
          }
        }
      }
      if (sentDay !== undefined) prevDay = sentDay;
      for (const m of found) if (!m.anaphor && DATED.test(m.value)) lastDate = m.value;
      for (const m of found) {
        if (m.value === '') continue; // an anaphor with nothing to refer to
        const start = this.toks[m.s].start;
        const end = m.endOffset ?? this.toks[m.e - 1].end;
        const te: TimeExpression = { start, end, text: text.slice(start, end), type: m.type, value: m.value, relative: m.relative };
        if (m.relative && this.ref === null && m.type !== 'DURATION') te.unresolved = true;
        times.push(te);
        if (m.weekday && m.day !== undefined && weekdayOf(m.day) !== m.weekday.wd) {
          const wt = this.toks[m.weekday.tok];
          const actual = weekdayName(weekdayOf(m.day));
          const d = fromDayNumber(m.day);
          findings.push(weekdayMismatchFinding({ start, end }, wt.text, `${monthName(d.m)} ${d.d}, ${d.y}`, actual));
        }
      }
    }
    return { times, findings };
  }

  /** "10 p.m. Wednesday", "midnight Friday": a clock time directly followed by a day. */
  private mergeClockWithDay(found: Match[]): Match[] {
    const out: Match[] = [];
    for (let k = 0; k < found.length; k++) {
      const a = found[k], b = found[k + 1];
      if (b && a.clock !== undefined && a.day === undefined && b.day !== undefined && b.clock === undefined && b.type === 'DATE') {
        let gap = b.s - a.e;
        if (gap === 1 && (this.low(a.e) === ',' || this.low(a.e) === 'on')) gap = 0;
        if (gap === 0) {
          a.e = b.e;
          a.endOffset = b.endOffset;
          a.day = b.day;
          a.value = (b.value.length === 10 ? b.value : dayString(b.day)) + 'T' + a.clock;
          a.relative = b.relative;
          a.clock = undefined;
          a.weekday = b.weekday;
          k++;
        }
      }
      out.push(a);
    }
    return out;
  }

  /** "April 24 and 25": the second day gets its own expression with the first one's month. */
  private addConjoinedDays(found: Match[]): Match[] {
    const out: Match[] = [];
    for (let k = 0; k < found.length; k++) {
      const m = found[k];
      out.push(m);
      if (m.day === undefined || m.clock !== undefined || m.value.length !== 10) continue;
      const c = this.low(m.e);
      if (c !== 'and' && c !== 'or' && c !== 'to' && c !== '-' && c !== 'through') continue;
      const t = this.tok(m.e + 1);
      const dm = t && t.kind === 'number' ? DAYNUM.exec(t.text) : null;
      if (!dm || MONTHS.has(this.low(m.e + 2)) || UNITS.has(this.low(m.e + 2)) || (found[k + 1] && found[k + 1].s <= m.e + 1)) continue;
      const d = fromDayNumber(m.day);
      const day = +dm[1];
      if (!isRealYmd(d.y, d.m, day) || day <= d.d) continue;
      const n = dayNumber(d.y, d.m, day);
      out.push({ s: m.e + 1, e: m.e + 2, type: 'DATE', value: dayString(n), relative: m.relative, day: n });
    }
    return out;
  }

  // ---------------------------------------------------------------- tense

  /**
   * Tense of the clause around token i: the nearest tense cue in the sentence.
   * A quotation is its own tense domain: the search first stays on the time's side
   * of quote marks ("… will leave at 4 a.m. Thursday,'' Castro said" is future), and
   * only when that side has no cue does it look across them.
   */
  tenseAt(i: number): Tense {
    const cached = this.tenseCache.get(i);
    if (cached) return cached;
    // "ready to leave as soon as Tuesday", "as early as next week": the earliest day still to come.
    const a = this.low(i - 3), b = this.low(i - 2), c = this.low(i - 1);
    let best: Tense = a === 'as' && (b === 'soon' || b === 'early') && c === 'as' ? 'future' : 'unknown';
    if (best === 'unknown' && this.deferredUntil(i)) best = 'future';
    if (best === 'unknown') best = this.nearestCue(i, true);
    if (best === 'unknown') best = this.nearestCue(i, false);
    this.tenseCache.set(i, best);
    return best;
  }

  /**
   * "postponed until Tuesday morning any action", "extended its deadline until 9 a.m. EST Tuesday":
   * a time that something was moved to lies after the move, i.e. still ahead (rule time.deferred-until).
   * "until" within four tokens before i (a clock may stand between), a deferral verb within four before it.
   */
  private deferredUntil(i: number): boolean {
    for (let u = i - 1; u >= this.sStart && u >= i - 4; u--) {
      if (this.low(u) !== 'until') continue;
      for (let v = u - 1; v >= this.sStart && v >= u - 4; v--) if (DEFERRAL_VERBS.has(this.low(v))) return true;
      return false;
    }
    return false;
  }

  private nearestCue(i: number, stopAtQuotes: boolean): Tense {
    // The clause's verb usually comes before its time ("Qantas will double its flights … by
    // August in the search for new markets untouched by …"): a cue on the right wins only
    // when it is less than half as far as the one on the left.
    let left: Tense = 'unknown', dl = Infinity;
    let commaBefore = false;
    for (let d = 1; d < CUE_REACH; d++) {
      const l = i - d;
      if (l < this.sStart || (stopAtQuotes && this.isQuoteMark(l))) break;
      const t = this.cue(l);
      if (t !== 'unknown') {
        left = t;
        dl = d;
        break;
      }
      if (this.toks[l].text === ',') commaBefore = true;
    }
    // A clause between commas that has its own verb before the time keeps it: "Clinton, who announced
    // a plan on Monday, plans to …", "Sanders, who did win Rhode Island on Tuesday, would …" (rule
    // time.comma-clause). Without a verb of its own ("On Monday, Trump will …") the right side decides.
    // Only a verb near the time (within a dozen tokens) makes the clause its own.
    const ownClause = left !== 'unknown' && !commaBefore && dl <= 12;
    for (let d = 1; d < CUE_REACH && RIGHT_WEIGHT * d < dl; d++) {
      const r = i + d;
      if (r >= this.sEnd || (stopAtQuotes && this.isQuoteMark(r))) break;
      if (ownClause && this.toks[r].text === ',') break;
      // "if"/"unless" make the clause they open conditional, not one after the time
      // ("By Monday morning, the grim, if now familiar, ritual had begun").
      const lw = this.low(r);
      if (lw === 'if' || lw === 'unless') continue;
      const t = this.cue(r);
      if (t !== 'unknown') return t;
    }
    return left;
  }

  private isQuoteMark(i: number): boolean {
    const t = this.toks[i];
    return t.kind === 'quote' || (t.kind === 'symbol' && t.text.charCodeAt(0) === 96); // ", “, '', ` `
  }

  /** Index of the nearest token before i that is not an adverb ("still", "previously"), within 3 tokens; -1 if none. */
  private before(i: number): number {
    for (let k = i - 1; k >= this.sStart && k >= i - 3; k--) {
      const a = this.low(k);
      if (!AUX_ADVERBS.has(a) && !a.endsWith('ly')) return k;
    }
    return -1;
  }

  private wordBefore(i: number): string {
    const k = this.before(i);
    return k < 0 ? '' : this.low(k);
  }

  /** The tense cue of token i, read once per scan (`nearestCue` looks at the same words for every time of a sentence). */
  private cue(i: number): Tense {
    const c = this.cueState[i];
    if (c !== 0) return CUE_CODES[c - 1];
    const t = this.readCue(i);
    this.cueState[i] = CUE_CODES.indexOf(t) + 1;
    return t;
  }

  private readCue(i: number): Tense {
    const t = this.toks[i];
    if (t.kind !== 'word') return 'unknown';
    let w = this.low(i);
    // "wouldn't", "won't", "didn't": the auxiliary without its negation (rule time.negated-aux).
    if (w.length > 4 && (w.endsWith("n't") || w.endsWith('n’t'))) {
      const stem = w.slice(0, -3);
      w = NEGATED_STEMS.get(stem) ?? stem;
    }
    // "He's campaigning Wednesday", "she's been": a contracted "is"/"has" after a pronoun (which `low`
    // read as a possessive "'s"); rule time.contracted-is.
    if (this.poss(i) && (SUBJECT_PRONOUNS.has(w) || RELATIVE_PRONOUNS.has(w))) return this.participleAfter(i) ? 'past' : 'present';
    if (FUTURE_CUES.has(w) || w.endsWith("'ll") || w.endsWith('’ll')) {
      if (w === 'going' && this.low(i + 1) !== 'to') return 'unknown';
      // "was going to get up and go back to work on Wednesday morning": a plan seen from the past
      // (rule time.was-to).
      if (w === 'going' && (this.wordBefore(i) === 'was' || this.wordBefore(i) === 'were')) return 'past';
      // "would have retired in December", "could have won": a past that did not happen (not
      // "could have big consequences in November": "have" there is the verb).
      if (MODALS.has(w) && this.low(i + 1) === 'have' && w !== 'will' && w !== 'shall') {
        if (this.participleAfter(i + 1)) return 'past';
      }
      // "hopes to", "wants to", "vowed to": intentions only with their infinitive ("offered promises
      // Monday", "his campaign promise Saturday", "didn't want that" are no plans).
      if (TO_CUES.has(w) && this.low(i + 1) !== 'to') return 'unknown';
      // "his withdrawal plans in October", "a $275 billion spending plan on Monday": a noun after a noun,
      // not a verb (rule time.plans-noun); "the company plans to", "we plan", "will plan" are plans.
      if ((w === 'plans' || w === 'plan') && this.low(i + 1) !== 'to' && i > this.sStart && this.toks[i - 1].kind === 'word' && !this.isCap(i - 1) && !SUBJECT_PRONOUNS.has(this.low(i - 1)) && !MODALS.has(this.low(i - 1)) && this.low(i - 1) !== 'to') return 'unknown';
      // "announced the plan Aug. 21", "a set of", "his hopes": a noun, not a plan being made
      // (not after "that": "the states that will matter in November").
      if (!w.endsWith('ed') && NOUN_DETERMINERS.has(this.low(i - 1))) return 'unknown';
      if ((w === 'may' || w === 'set' || w === 'can') && this.isCap(i)) return 'unknown';
      if (PARTICIPLE_CUES.has(w)) {
        // "had been due to expire Friday", "had been scheduled to expire at midnight Friday":
        // a plan seen from a past point that is over by now.
        const b = this.before(i);
        const before = b < 0 ? '' : this.low(b);
        if (before === 'had' || (before === 'been' && this.wordBefore(b) === 'had')) return 'past';
        // "which Trump was set to headline Tuesday", "he was set to receive an endorsement on Friday": a
        // plan seen from the past, like "was to" (rule time.was-to).
        if ((before === 'was' || before === 'were') && this.low(i + 1) === 'to') return 'past';
        // "set" is future only as a plan ("is set to meet", "set for Friday", "the vote is set"); else a past verb ("the record set on Aug. 6", "He set Friday as the deadline").
        if (w === 'set') {
          const next = this.low(i + 1);
          if (next === 'to' || next === 'for' || BE_FORMS.has(before)) return 'future';
          return 'past';
        }
      }
      return 'future';
    }
    // "is to resume trading Tuesday": be + to-infinitive is a plan.
    if ((w === 'is' || w === 'are' || w === 'am') && this.low(i + 1) === 'to') return 'future';
    // "were planning to drive … on Monday", "was expected to": the auxiliary carries a plan.
    if (BE_FORMS.has(w) && FUTURE_CUES.has(this.low(i + 1)) && this.low(i + 1) !== 'set') return this.cue(i + 1) === 'future' ? 'future' : 'unknown';
    // "have been searching since the Oct. 23 slaying", "has said": the present perfect tells of the past.
    if (w === 'has' || w === 'have') {
      if (this.participleAfter(i)) return 'past';
    }
    if (PRESENT_CUES.has(w)) return MODALS.has(this.low(i - 1)) ? 'unknown' : 'present'; // "could have": the modal decides
    // A capitalised -ed word is a name ("Ted", "United") unless it opens the sentence before a
    // lower-case word ("Asked on Monday whether …"; rule time.initial-participle).
    const edVerb = w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && (!this.isCap(i) || (i === this.sStart && this.tok(i + 1)?.kind === 'word' && !this.isCap(i + 1)));
    if (PAST_CUES.has(w) || edVerb) {
      // "a still unspecified date": an -ed word after a determiner is an adjective, not a verb.
      // So is an irregular past form that is also a noun: "a shot at the June 7 primary", "a big hit" (rule time.past-noun).
      if (NOUN_DETERMINERS.has(this.wordBefore(i))) return 'unknown';
      // A participle takes the tense of its auxiliary: "will be held", "is scheduled", "has been",
      // "will almost certainly be decided".
      for (let k = i - 1; k >= i - 4 && k >= this.sStart; k--) {
        const a = this.low(k);
        // Only auxiliaries carry over ("will be held", "to be issued"), not nouns ("the Democratic plan rejected on Monday").
        // "could not be reached for comment Saturday", "neither he nor … could be located Wednesday": an
        // attempt already made (rule time.could-not-reach); "a deal could be reached Saturday" is to come.
        if (a === 'could' && CONTACT_PARTICIPLES.has(w) && this.negatedModal(k)) return 'past';
        // "was to be issued by the Labor Department on Wednesday": a plan seen from the past (rule time.was-to).
        if (a === 'to' && (this.wordBefore(k) === 'was' || this.wordBefore(k) === 'were')) return 'past';
        if (MODALS.has(a) || a.endsWith("'ll") || a.endsWith('’ll') || a === 'to') return 'future';
        if (a === 'is' || a === 'are' || a === 'am') return 'present';
        if (a === 'was' || a === 'were' || a === 'had' || a === 'has' || a === 'have') return 'past';
        if (a !== 'be' && a !== 'been' && a !== 'being' && !AUX_ADVERBS.has(a) && !a.endsWith('ly')) break;
      }
      return 'past';
    }
    return 'unknown';
  }

  // ------------------------------------------------------------ resolution

  /**
   * Year for a month (and day) given without a year: the occurrence nearest the
   * dateline, except that a past-tense clause rarely points more than a month
   * ahead and a future-tense one more than a month back.
   */
  private yearFor(month: number, day: number, i: number): number {
    if (day === 0 && month === this.refM) return this.refY;
    return this.pickYear(i, (y) => dayNumber(y, month, day || 15));
  }

  /** The year for a day that recurs every `step` years (2: a US federal Election Day, in even years). */
  private pickYear(i: number, dayIn: (y: number) => number, step = 1): number {
    const ref = this.ref!;
    const years: number[] = [];
    for (let y = this.refY - step; y <= this.refY + step; y++) if (step === 1 || y % step === 0) years.push(y);
    // "on patrol since March", "since shortly after the Oct. 23 slaying": "since" looks back, whatever the clause says.
    if (this.sinceBefore(i)) {
      let back = years[0];
      for (const y of years) if (dayIn(y) <= ref + 1) back = y;
      return back;
    }
    const tense = this.tenseAt(i);
    let best = this.refY;
    let bestScore = Infinity;
    for (const y of years) {
      const diff = dayIn(y) - ref;
      let score = Math.abs(diff);
      if (tense === 'past' && diff > 62) score += 400;
      if (tense === 'future' && diff < -31) score += 400;
      if (score < bestScore) {
        bestScore = score;
        best = y;
      }
    }
    return best;
  }

  /** "since" just before token i: directly, or across "shortly after the" / "early", or a gerund ("since announcing in October"). */
  private sinceBefore(i: number): boolean {
    for (let k = i - 1; k >= this.sStart && k >= i - 4; k--) {
      const w = this.low(k);
      if (w === 'since') return true;
      // "Since announcing in October that he would not run": a gerund and its "in"/"on" (rule time.since-gerund).
      if ((w === 'in' || w === 'on') && k === i - 1 && this.low(k - 1).endsWith('ing') && this.low(k - 2) === 'since') return true;
      if (w !== 'the' && w !== 'shortly' && w !== 'just' && w !== 'soon' && w !== 'after' && w !== 'early' && w !== 'late' && w !== 'mid') return false;
    }
    return false;
  }

  private weekdayDay(wd: number, i: number, mode: 'tense' | 'last' | 'next' | 'this'): number {
    const ref = this.ref!;
    const refWd = weekdayOf(ref);
    let tense: Tense = 'past';
    if (mode === 'tense' && this.sinceBefore(i)) return ref - ((refWd - wd + 7) % 7); // "since Tuesday"
    if (mode === 'tense' || mode === 'this') tense = this.possessiveTense(i, (wd - refWd + 7) % 7) ?? this.tenseAt(i);
    if (mode === 'next') return ref + ((wd - refWd + 7) % 7 || 7);
    if (mode === 'last') return ref - ((refWd - wd + 7) % 7 || 7);
    if (tense === 'future') return ref + ((wd - refWd + 7) % 7);
    if (tense === 'present') {
      // "The vote closes Wednesday": the nearer occurrence.
      const ahead = (wd - refWd + 7) % 7;
      return ahead <= 3 ? ref + ahead : ref - (7 - ahead);
    }
    return ref - ((refWd - wd + 7) % 7);
  }

  /**
   * "Wednesday's ruling", "Thursday's closing price", "Tuesday's primary": a weekday in the
   * possessive names a known event, whatever the clause's tense ("ways to get around
   * Wednesday's ruling" in a future clause). It is the one just past, unless the coming one
   * is at most two days ahead ("Tuesday's New Hampshire primary" on Sunday), a plain "will" is
   * near ("Trump will probably use Monday's encounter"), or it is announced ("ahead of / before
   * / until / up to Sunday's vote", which take the clause's tense). Null when not possessive.
   */
  private possessiveTense(i: number, ahead: number): Tense | null {
    this.low(i);
    const p = PARTS.get(this.low(i + 1));
    if (!this.poss(i) && !(p && p.length === 2 && this.poss(i + 1))) return null; // "Wednesday's", "Monday night's"
    const b = this.low(i - 1);
    // "The issue ratcheted up further after Wednesday's attacks" (two days before a Monday dateline):
    // after a past clause the event is over (rule time.after-possessive).
    if (ahead > 0 && ahead <= 2) return (b === 'after' || b === 'following' || b === 'since') && this.tenseAt(i) === 'past' ? 'past' : 'future';
    if (b === 'before' || b === 'until' || b === 'till' || (b === 'of' && this.low(i - 2) === 'ahead') || (b === 'to' && this.low(i - 2) === 'up')) return null;
    return this.tenseAt(i) === 'future' && this.willNear(i) ? 'future' : 'past';
  }

  /** A plain-future "will"/"shall"/"'ll" within a few tokens of i (same sentence). */
  private willNear(i: number): boolean {
    for (let k = Math.max(this.sStart, i - 12); k < Math.min(this.sEnd, i + 12); k++) {
      const w = this.low(k);
      if (w === 'will' || w === 'shall' || w === 'wo' || w.endsWith("'ll") || w.endsWith('’ll')) return true;
    }
    return false;
  }

  // -------------------------------------------------------------- matching

  private match(i: number): Match | null {
    const w = this.low(i);
    // Generic modifiers: "early September", "earlier this month", "late Tuesday", "the early 1980s".
    if (MODIFIERS.has(w) || (w === 'the' && MODIFIERS.has(this.low(i + 1)))) {
      const j = w === 'the' ? i + 2 : i + 1;
      const lj = this.low(j);
      if (lj === '-' && w === 'mid') {
        const m = this.core(j + 1);
        if (m && m.type !== 'DURATION') return { ...m, s: i };
      }
      const pc = PARTS.get(lj);
      if (pc && pc.length === 2 && w !== 'the') {
        // "late afternoon", "early morning yesterday" (a day may follow)
        const dm = this.core(j + 1);
        if (dm && dm.day !== undefined && dm.type === 'DATE') return { ...dm, s: i, type: 'TIME', value: dm.value + 'T' + pc };
        return this.clockMatch(i, j + 1, pc);
      }
      if (lj && lj !== 'the') {
        const m = this.core(j);
        if (m && m.type !== 'DURATION' && m.type !== 'SET') return { ...m, s: i };
      }
      if (w === 'the') return this.core(i);
      if (w === 'mid' || w === 'earlier' || w === 'later' || w === 'around' || w === 'about') return null;
    }
    return this.core(i);
  }

  private core(i: number): Match | null {
    const t = this.tok(i);
    if (!t) return null;
    if (t.kind === 'number') return this.matchNumber(i);
    if (t.kind !== 'word') return null;
    let w = this.low(i);
    // "mid-January", "mid-1990s", "early-1990s"
    const h = w.indexOf('-');
    if (h > 0) {
      const head = w.slice(0, h), rest = w.slice(h + 1);
      if (head === 'mid' || head === 'early' || head === 'late') {
        const pc = PARTS.get(rest);
        if (pc && pc.length === 2) {
          const dm = this.core(i + 1);
          if (dm && dm.day !== undefined && dm.type === 'DATE') return { ...dm, s: i, type: 'TIME', value: dm.value + 'T' + pc };
          return this.clockMatch(i, i + 1, pc);
        }
        const mo = MONTHS.get(rest);
        if (mo && rest.length > 3) return this.monthOnly(i, i + 1, mo);
        const dm = DECADE.exec(rest);
        if (dm) return { s: i, e: i + 1, type: 'DATE', value: dm[1], relative: false };
        if (YEAR4.test(rest)) return { s: i, e: i + 1, type: 'DATE', value: rest, relative: false };
      }
      const o = ORDINALS.get(head);
      if (o && o > 0 && o <= 4 && (rest === 'quarter' || rest === 'period')) return this.quarter(i, i + 1, o);
      if (o && o > 0 && o <= 2 && rest === 'half') return this.half(i, i + 1, o);
      if ((rest === 'year' || rest === 'month' || rest === 'week' || rest === 'day' || rest === 'hour' || rest === 'minute' || rest === 'decade') && (NUMBERS.has(head) || /^\d+$/.test(head))) {
        const n = NUMBERS.get(head) ?? +head;
        return { s: i, e: i + 1, type: 'DURATION', value: durationValue(n, UNITS.get(rest)!), relative: false };
      }
      if (head === 'year' && (rest === 'ago' || rest === 'earlier' || rest === 'before')) return this.yearAgoAdjective(i);
      if (head === 'year' && rest === 'end') return this.yearEnd(i, i + 1);
      if (head === 'post' || head === 'pre') {
        if (YEAR4.test(rest)) return { s: i, e: i + 1, type: 'DATE', value: rest, relative: false };
        return null;
      }
      if (WEEKDAYS.has(head) || MONTHS.has(head)) w = head; // "Friday-night" rare; fall through with head
      else return null;
    }
    const mo = MONTHS.get(w);
    if (mo !== undefined) return this.matchMonth(i, mo);
    const wd = WEEKDAYS.get(w);
    if (wd !== undefined && w.length > 3 && this.isCap(i)) return this.quotedTitleEnd(i) ? null : this.matchWeekday(i, wd);
    const pwd = PLURAL_WEEKDAYS.get(w);
    if (pwd !== undefined && this.isCap(i)) {
      // "on Mondays", "Friday nights" -> every such day (at that part of it).
      const pl = this.pluralPart(i + 1) ?? PARTS.get(this.low(i + 1));
      const code = pl && pl.length === 2 ? pl : undefined;
      return { s: i, e: code ? i + 2 : i + 1, type: 'SET', value: `XXXX-WXX-${pwd}` + (code ? 'T' + code : ''), relative: false };
    }
    if (HOLIDAY_HEADS.has(w) && this.isCap(i)) {
      const hm = this.matchHoliday(i, i, 0);
      if (hm) return hm;
    }
    const sc = SPELLED_CENTURIES.get(w);
    if (sc !== undefined || w === 'two') {
      const ym = this.spelledYear(i);
      if (ym) return ym;
    }
    switch (w) {
      case 'year':
        if (this.poss(i) && this.low(i + 1) === 'end') return this.yearEnd(i, i + 2);
        if (this.low(i + 1) === 'end') return this.yearEnd(i, i + 2);
        return null;
      case 'that':
        return this.matchThat(i);
      case 'today':
      case 'tonight':
      case 'yesterday':
      case 'tomorrow':
        return this.matchDeictic(i, w);
      case 'these':
        // "more painfully these days": the present (PRESENT_REF in TimeML).
        return this.low(i + 1) === 'days' ? { s: i, e: i + 2, type: 'DATE', value: 'PRESENT_REF', relative: true } : null;
      case 'now':
        // "now that he is in a confrontation": a conjunction, but it still says "at present"
        // (TimeBank+AQUAINT annotate it PRESENT_REF, 3 of 3).
        return { s: i, e: i + 1, type: 'DATE', value: 'PRESENT_REF', relative: true };
      case 'the':
        return this.matchThe(i);
      case 'noon':
      case 'midnight':
      case 'midday':
        if (w === 'noon' && this.low(i - 1) === 'high') return null; // "High Noon", "high noon comes today": an idiom
        return this.clockMatch(i, i + 1, PARTS.get(w)!);
      case 'overnight':
        return null;
      case 'fiscal':
        return this.matchFiscal(i);
      case 'every':
      case 'each':
        return this.matchSet(i);
      case 'future':
        return null; // bare "future" is mostly not annotated as a time (measured on TimeBank)
    }
    const ref = REF_WORDS.get(w);
    if (ref) return { s: i, e: i + 1, type: 'DATE', value: ref, relative: true };
    const setv = SET_ADVERBS.get(w);
    if (setv) return { s: i, e: i + 1, type: 'SET', value: setv, relative: false };
    if (RELATIVE_WORDS.has(w)) return this.matchRelative(i, i);
    if (SEASONS.has(w)) return this.matchSeasonBare(i);
    const ord = ORDINALS.get(w);
    if (ord !== undefined && ord > 0) {
      const q = this.ordinalPeriod(i, i);
      if (q) return q;
    }
    // Durations: "two weeks", "a few days", "several years", "24 hours".
    return this.matchDuration(i, i);
  }

  // ---------------------------------------------------------------- months

  private matchMonth(i: number, mo: number): Match | null {
    const w = this.low(i);
    const cap = this.isCap(i);
    if (!cap) return null;
    let j = i + 1;
    const abbrev = ABBREV_MONTHS.has(w);
    if (this.low(j) === '.' && (abbrev || w === 'may' || w === 'june' || w === 'july')) {
      if (abbrev) j++;
    }
    const nt = this.tok(j);
    // Month Day [, Year]
    if (nt && nt.kind === 'number') {
      const dm = DAYNUM.exec(nt.text);
      if (dm && !AMPM.has(this.low(j + 1))) {
        const day = +dm[1];
        if (day >= 1 && day <= 31) {
          let e = j + 1;
          let year: number | null = null;
          if (this.low(e) === ',' && this.tok(e + 1)?.kind === 'number' && YEAR4.test(this.low(e + 1))) {
            year = +this.low(e + 1);
            e += 2;
          } else if (this.tok(e)?.kind === 'number' && YEAR4.test(this.low(e))) {
            year = +this.low(e);
            e += 1;
          }
          return this.monthDay(i, e, mo, day, year);
        }
      }
      if (YEAR4.test(nt.text)) return { s: i, e: j + 1, type: 'DATE', value: `${nt.text}-${pad2(mo)}`, relative: false };
    }
    const sy = this.spelledYear(j);
    if (sy) return { s: i, e: sy.e, type: 'DATE', value: `${sy.value}-${pad2(mo)}`, relative: false };
    if ((this.low(j) === ',' || this.low(j) === 'of') && YEAR4.test(this.low(j + 1)) && this.tok(j + 1)?.kind === 'number') {
      return { s: i, e: j + 2, type: 'DATE', value: `${this.low(j + 1)}-${pad2(mo)}`, relative: false };
    }
    // A bare month name. Abbreviations, "May" and "March" need support from the context.
    if (abbrev && this.low(i + 1) !== '.') return null;
    if (abbrev && w.length <= 4 && !MONTH_PREPS.has(this.low(i - 1))) return null;
    if ((w === 'may' || w === 'march') && !MONTH_PREPS.has(this.low(i - 1))) return null;
    if (i === this.sStart && (w === 'may' || w === 'march')) return null;
    return this.monthOnly(i, abbrev ? j : i + 1, mo);
  }

  /** "October this year", "April next year": the year given by a relative phrase after the month. */
  /** "this/last/next year" (or "of next year") right after token e-1: that year and the end of the phrase. */
  private relativeYearAfter(e: number): { year: number; e: number } | null {
    const k = this.low(e) === 'of' ? e + 1 : e;
    const w = this.low(k);
    if ((w === 'this' || w === 'last' || w === 'next') && this.low(k + 1) === 'year' && this.ref !== null) return { year: this.refY + (w === 'last' ? -1 : w === 'next' ? 1 : 0), e: k + 2 };
    return null;
  }

  private monthDay(s: number, e: number, mo: number, day: number, year: number | null): Match | null {
    if (year === null) {
      const ry = this.relativeYearAfter(e);
      if (ry !== null) {
        year = ry.year;
        e = ry.e;
      }
    }
    if (year !== null) {
      if (!isRealYmd(year, mo, day)) return null;
      const n = dayNumber(year, mo, day);
      return { s, e, type: 'DATE', value: dayString(n), relative: false, day: n };
    }
    if (this.ref === null) return { s, e, type: 'DATE', value: `XXXX-${pad2(mo)}-${pad2(day)}`, relative: true };
    const y = this.yearFor(mo, day, s);
    if (!isRealYmd(y, mo, day)) {
      return isRealYmd(2024, mo, day) ? { s, e, type: 'DATE', value: `${pad4(y)}-${pad2(mo)}-${pad2(day)}`, relative: true } : null;
    }
    const n = dayNumber(y, mo, day);
    return { s, e, type: 'DATE', value: dayString(n), relative: true, day: n };
  }

  private monthOnly(s: number, e: number, mo: number): Match {
    if (this.ref === null) return { s, e, type: 'DATE', value: `XXXX-${pad2(mo)}`, relative: true };
    const ry = this.relativeYearAfter(e);
    if (ry !== null) return { s, e: ry.e, type: 'DATE', value: monthString(ry.year, mo), relative: true };
    return { s, e, type: 'DATE', value: monthString(this.yearFor(mo, 0, s), mo), relative: true };
  }

  // -------------------------------------------------------------- weekdays

  private matchWeekday(i: number, wd: number, mode: 'tense' | 'last' | 'next' | 'this' = 'tense', s = i): Match | null {
    let e = i + 1;
    // "Monday, February 3, 2026" / "Monday, Feb. 3": the explicit date wins; check the weekday.
    let k = e;
    if (this.low(k) === ',') k++;
    const mo = MONTHS.get(this.low(k));
    if (mo !== undefined && this.isCap(k)) {
      const m = this.matchMonth(k, mo);
      if (m && m.day !== undefined) {
        // The date keeps the year it resolves to; a weekday that disagrees is a weekday-mismatch finding,
        // never a silent move to another year ("resigned on Monday, Feb. 3" under a Tue 2026-02-03 dateline).
        return { ...m, s, weekday: { wd, tok: i } };
      }
      if (m && m.value.length === 10 && /^XXXX-\d\d-\d\d$/.test(m.value)) return { ...m, s };
    }
    // "on Monday and Tuesday nights": a schedule (SET), every such day at that part of it.
    if (mode === 'tense' && s === i) {
      const conj = (this.low(e) === 'and' || this.low(e) === 'or') && WEEKDAYS.has(this.low(e + 1));
      const pl = this.pluralPart(e) ?? (conj ? this.pluralPart(e + 2) : undefined);
      if (pl !== undefined) {
        const own = this.pluralPart(e) !== undefined;
        return { s, e: own ? e + 1 : e, type: 'SET', value: `XXXX-WXX-${wd}T${pl}`, relative: false };
      }
    }
    // "Tuesday morning", "Friday night"
    const part = PARTS.get(this.low(e));
    const partCode = part && part.length === 2 ? part : undefined;
    if (partCode) e++;
    let m: Match;
    if (this.ref === null) m = { s, e, type: 'DATE', value: `XXXX-WXX-${wd}`, relative: true };
    else {
      const n = this.weekdayDay(wd, i, mode);
      m = { s, e, type: 'DATE', value: dayString(n), relative: true, day: n };
    }
    if (partCode) {
      m.type = 'TIME';
      m.value += 'T' + partCode;
    }
    return m;
  }

  /** "nights", "mornings", "evenings", "afternoons" at token k: the TIMEX3 part code, else undefined. */
  private pluralPart(k: number): string | undefined {
    const w = this.low(k);
    if (w.length < 6 || !w.endsWith('s')) return undefined;
    const p = PARTS.get(w.slice(0, -1));
    return p && p.length === 2 ? p : undefined;
  }

  private matchDeictic(i: number, w: string): Match | null {
    // "USA Today", "Russia Today", "USA TODAY's", "Trending Today USA", "The Tonight Show": a
    // capitalised deictic right after a word inside the sentence is part of a name.
    if ((w === 'today' || w === 'tonight') && this.isCap(i) && i > this.sStart && this.toks[i - 1].kind === 'word' && this.isCap(i - 1) && !TITLE_CASE_FUNCTION_WORDS.has(this.low(i - 1))) return null;
    // "a brighter tomorrow", "the people of tomorrow": the future in general, not a day (TimeML's
    // FUTURE_REF; rule time.generic-tomorrow). Not "as of tomorrow", "of tomorrow's vote".
    if (w === 'tomorrow' && !this.poss(i)) {
      const prev = this.low(i - 1);
      const next = this.tok(i + 1);
      const ends = !next || next.kind !== 'word' || next.kind === 'word' && (this.low(i + 1) === 'and' || this.low(i + 1) === 'or' || this.low(i + 1) === 'who');
      const article = (k: number) => this.low(k) === 'a' || this.low(k) === 'an';
      const generic = (prev === 'of' && this.low(i - 2) !== 'as' && ends) || article(i - 1) || (article(i - 2) && TOMORROW_ADJECTIVES.has(prev));
      if (generic) return { s: i, e: i + 1, type: 'DATE', value: 'FUTURE_REF', relative: true };
    }
    const off = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    let e = i + 1;
    let part = w === 'tonight' ? 'NI' : undefined;
    const p = PARTS.get(this.low(e));
    if (!part && p && p.length === 2 && w !== 'tonight') {
      part = p;
      e++;
    }
    if (this.ref === null) {
      return { s: i, e, type: part ? 'TIME' : 'DATE', value: 'XXXX-XX-XX' + (part ? 'T' + part : ''), relative: true };
    }
    const n = this.ref + off;
    return { s: i, e, type: part ? 'TIME' : 'DATE', value: dayString(n) + (part ? 'T' + part : ''), relative: true, day: n };
  }

  // ----------------------------------------------------------------- numbers

  private matchNumber(i: number): Match | null {
    const t = this.toks[i];
    const x = t.text;
    // ISO date 2026-02-03
    if (YEAR4.test(x) && this.low(i + 1) === '-' && this.adjacent(i) && this.adjacent(i + 1) && /^\d\d$/.test(this.low(i + 2)) && this.low(i + 3) === '-' && this.adjacent(i + 2) && this.adjacent(i + 3) && /^\d\d$/.test(this.low(i + 4))) {
      const y = +x, mo = +this.low(i + 2), d = +this.low(i + 4);
      if (isRealYmd(y, mo, d)) {
        const n = dayNumber(y, mo, d);
        return { s: i, e: i + 5, type: 'DATE', value: dayString(n), relative: false, day: n };
      }
      return null;
    }
    const sl = SLASH_DATE.exec(x);
    if (sl) {
      let y = +sl[3];
      if (sl[3].length === 2) y += y < 50 ? 2000 : 1900;
      const mo = +sl[1], d = +sl[2];
      if (!isRealYmd(y, mo, d)) return null;
      const n = dayNumber(y, mo, d);
      return { s: i, e: i + 1, type: 'DATE', value: dayString(n), relative: false, day: n };
    }
    // Clock times: "10:53 a.m.", "10 p.m.", "7:15 p.m. EST"
    const ck = CLOCK.exec(x);
    if (ck) {
      const ap = AMPM.get(this.low(i + 1));
      const hasColon = ck[2] !== undefined && x.indexOf(':') > 0;
      if (ap !== undefined || (hasColon && (this.low(i - 1) === 'at' || ZONES.has(this.low(i + 1)) || this.low(i + 1) === "o'clock"))) {
        let h = +ck[1];
        const min = ck[2] !== undefined ? +ck[2] : 0;
        if (h > 24 || min > 59) return null;
        let e = i + 1;
        if (ap !== undefined) {
          if (h === 12) h = 0;
          h += ap;
          e++;
        }
        if (ZONES.has(this.low(e)) && this.isCap(e)) e++;
        if (this.low(e) === 'local' && this.low(e + 1) === 'time') e += 2;
        return this.clockMatch(i, e, `${pad2(h)}:${pad2(min)}`);
      }
      if (ck[2] === undefined && this.low(i + 1) === 'in' && this.low(i + 2) === 'the') {
        const pc = PARTS.get(this.low(i + 3));
        let h = +ck[1];
        if (pc && pc.length === 2 && h >= 1 && h <= 12) {
          if ((pc === 'AF' || pc === 'EV' || (pc === 'NI' && h >= 6)) && h < 12) h += 12;
          return this.clockMatch(i, i + 4, `${pad2(h)}:00`);
        }
      }
      if (ck[2] === undefined && this.low(i + 1) === "o'clock") {
        const h = +ck[1];
        if (h <= 24) return this.clockMatch(i, i + 2, `${pad2(h)}:00`);
      }
    }
    // Day Month [Year]: "3 January 2026"
    const dm = DAYNUM.exec(x);
    if (dm) {
      let j = i + 1;
      if (this.low(j) === 'of') j++;
      const mo = MONTHS.get(this.low(j));
      if (mo !== undefined && this.isCap(j)) {
        let e = j + 1;
        if (this.low(e) === '.' && ABBREV_MONTHS.has(this.low(j))) e++;
        let year: number | null = null;
        if (this.tok(e)?.kind === 'number' && YEAR4.test(this.low(e))) {
          year = +this.low(e);
          e++;
        }
        const day = +dm[1];
        if (day >= 1 && day <= 31) return this.monthDay(i, e, mo, day, year);
      }
    }
    // "20th century"
    if (/^\d{1,2}(?:st|nd|rd|th)$/.test(x) && this.low(i + 1) === 'century') {
      return { s: i, e: i + 2, type: 'DATE', value: pad2(parseInt(x, 10) - 1), relative: false };
    }
    // Decades "1990s"
    const dec = DECADE.exec(x);
    if (dec) return { s: i, e: i + 1, type: 'DATE', value: dec[1], relative: false };
    // Years
    // "1400 GMT", "0930 hours": a clock time (TIME, anchored like "10 a.m."), never a year.
    if (x.length === 4 && CLOCK_ZONES.has(this.low(i + 1)) && /^\d{4}$/.test(x)) {
      const hh = +x.slice(0, 2), mm = +x.slice(2);
      return hh <= 24 && mm < 60 ? this.clockMatch(i, i + 2, `${x.slice(0, 2)}:${x.slice(2)}`) : null;
    }
    if (YEAR4.test(x)) return this.matchYear(i);
    // "24-hour", "10-year"
    if (/^\d+$/.test(x) && this.low(i + 1) === '-' && this.adjacent(i) && this.adjacent(i + 1)) {
      const u = this.low(i + 2);
      const code = UNITS.get(u);
      if (code && code !== 'Q' && code !== 'WE' && !this.low(i + 3).startsWith('-')) {
        if (this.low(i + 3) === '-' && this.adjacent(i + 2)) return null; // "10-year-old"
        return { s: i, e: i + 3, type: 'DURATION', value: durationValue(+x, code), relative: false };
      }
    }
    return this.matchDuration(i, i);
  }

  /** Token k is a noun that numbers things ("House Bill 1523", "Flight 1549", "resolution 1441", "Form 1040"). */
  private isLabel(k: number): boolean {
    const t = this.tok(k);
    return !!t && t.kind === 'word' && !this.poss(k) && LABEL_NOUNS.has(this.low(k));
  }

  private matchYear(i: number): Match | null {
    const x = this.toks[i].text;
    const prev = this.low(i - 1);
    const next = this.low(i + 1);
    if (prev === '$' || prev === '#' || prev === 'no' || prev === 'number' || next === '%' || next === 'percent') return null;
    if (CLOCK_ZONES.has(next)) return null; // "1400 GMT": a clock time, matched before years
    // "House Bill 1523", "Flight 1549", "Windows 2000": a number after a noun that numbers things is
    // an identifier. (A capitalised name before it is not enough: "Iowa 1976", "Republican 2016 hopefuls".)
    if (this.isLabel(i - 1)) return null;
    // Ranges and units after a year-like number are usually quantities ("1500 troops").
    const nt = this.tok(i + 1);
    if (nt && nt.kind === 'word' && !this.isCap(i + 1) && isQuantityNoun(next)) return null;
    const y = +x;
    if (y < 1200) return null;
    const o = ORDINALS.get(next);
    if (o !== undefined && o >= 1 && o <= 4 && this.low(i + 2) === 'quarter') return { s: i, e: i + 3, type: 'DATE', value: quarterString(y, o), relative: false };
    if (o !== undefined && o >= 1 && o <= 2 && this.low(i + 2) === 'half') return { s: i, e: i + 3, type: 'DATE', value: `${x}-H${o}`, relative: false };
    if ((next === 'quarter' || next === 'period') && prev === 'the') return { s: i, e: i + 2, type: 'DATE', value: x, relative: false, periodYear: y };
    return { s: i, e: i + 1, type: 'DATE', value: x, relative: false };
  }

  private matchShortDecade(i: number): Match | null {
    // "'90s"
    const nt = this.tok(i + 1);
    if (!nt || nt.kind !== 'number') return null;
    const m = SHORT_DECADE.exec(nt.text);
    if (!m) return null;
    const d = +m[1];
    const refY = this.ref !== null ? this.refY : 2000;
    const century = d * 10 + 1900 > refY ? 20 : 19;
    return { s: i, e: i + 2, type: 'DATE', value: `${century}${d}`, relative: false };
  }

  private clockMatch(s: number, e: number, clock: string): Match {
    // "noon Saturday" / "10 p.m. Wednesday" are merged later with the following day.
    return { s, e, type: 'TIME', value: 'XXXX-XX-XXT' + clock, relative: true, clock };
  }

  // ----------------------------------------------------------- "the ..."

  private matchThe(i: number): Match | null {
    const w1 = this.low(i + 1);
    if (!w1) return null;
    if (w1 === 'future') return { s: i, e: i + 2, type: 'DATE', value: 'FUTURE_REF', relative: true };
    // "in the near future", "the challenges of the near term", "in the short term" (not "the near-term outlook").
    const w2 = this.low(i + 2);
    if ((w1 === 'near' && (w2 === 'future' || w2 === 'term')) || (w1 === 'short' && w2 === 'term')) {
      const t3 = this.tok(i + 3);
      if (!t3 || t3.kind !== 'word' || this.low(i + 3) === 'and' || this.low(i + 3) === 'or' || this.low(i + 3) === 'but') return { s: i, e: i + 3, type: 'DATE', value: 'FUTURE_REF', relative: true };
      return null;
    }
    if (w1 === 'past' && !UNITS.has(this.low(i + 2)) && !NUMBERS.has(this.low(i + 2)) && !VAGUE.has(this.low(i + 2)) && this.tok(i + 2)?.kind !== 'number' && !SEASONS.has(this.low(i + 2))) {
      return { s: i, e: i + 2, type: 'DATE', value: 'PAST_REF', relative: true };
    }
    if (RELATIVE_WORDS.has(w1)) {
      const r = this.matchRelative(i + 1, i);
      if (r || w1 !== 'last') return r; // "the last half of 1989" goes on to the ordinals
    }
    const ord = ORDINALS.get(w1);
    if (ord !== undefined) {
      const m = this.ordinalPeriod(i + 1, i);
      if (m) return m;
    }
    const h = w1.indexOf('-');
    if (h > 0) {
      const m = this.core(i + 1);
      if (m && m.type !== 'DURATION') return { ...m, s: i };
      if (w1.startsWith('year-')) return null;
    }
    // "the 1990s", "the '90s"
    const t1 = this.tok(i + 1);
    if (t1 && t1.kind === 'number' && DECADE.test(t1.text)) return { ...this.matchNumber(i + 1)!, s: i };
    if (t1 && t1.kind === 'quote') {
      const m = this.matchShortDecade(i + 1);
      if (m) return { ...m, s: i };
    }
    if ((w1 === 'full' || w1 === 'fiscal') && this.low(i + 2) === 'year') return this.relativeUnit(i, i + 3, 'year', 0, i + 1);
    const dw = DECADE_WORDS.get(w1);
    if (dw !== undefined) return { s: i, e: i + 2, type: 'DATE', value: `19${dw}`, relative: false };
    if (t1 && t1.kind === 'number' && YEAR4.test(t1.text)) {
      const m = this.matchYear(i + 1);
      if (m && m.e > i + 2) return { ...m, s: i };
    }
    if (w1 === 'year') {
      const t2 = this.tok(i + 2);
      if (t2 && t2.kind === 'number' && YEAR4.test(t2.text)) return { s: i, e: i + 3, type: 'DATE', value: t2.text, relative: false };
      const sy = this.spelledYear(i + 2);
      if (sy) return { ...sy, s: i };
    }
    const pc = PARTS.get(w1);
    if (pc && pc.length === 2 && (this.low(i - 1) === 'in' || this.low(i - 1) === 'during')) return this.clockMatch(i, i + 2, pc);
    // "the day before last Tuesday's hearing", "the day after Christmas": one day off a named day.
    if (w1 === 'day' && (this.low(i + 2) === 'before' || this.low(i + 2) === 'after') && this.tok(i + 3)?.kind !== undefined) {
      const inner = this.match(i + 3);
      if (inner && inner.day !== undefined && inner.clock === undefined && inner.type === 'DATE') {
        const n = inner.day + (this.low(i + 2) === 'before' ? -1 : 1);
        return { s: i, e: inner.e, endOffset: inner.endOffset, type: 'DATE', value: dayString(n), relative: inner.relative, day: n };
      }
    }
    // "the year", "the quarter", "the week", "the weekend", "the month"
    const code = UNITS.get(w1);
    if (code && (w1 === 'year' || w1 === 'quarter' || w1 === 'weekend' || w1 === 'month' || w1 === 'week')) {
      const nx = this.low(i + 2);
      if (nx === 'of' && w1 === 'week') {
        // "the week of March 6"
        const mo = MONTHS.get(this.low(i + 3));
        const dm = mo !== undefined ? this.matchMonth(i + 3, mo) : null;
        if (dm && dm.day !== undefined) return { s: i, e: dm.e, type: 'DATE', value: weekString(dm.day), relative: dm.relative };
        return null;
      }
      if ((nx === 'ended' || nx === 'ending') && w1 === 'quarter') {
        // "the quarter ended Sept. 30": the quarter holding that day.
        const mo = MONTHS.get(this.low(i + 3));
        const dm = mo !== undefined ? this.matchMonth(i + 3, mo) : null;
        if (dm && /^\d{4}-\d\d/.test(dm.value)) {
          const m2 = +dm.value.slice(5, 7);
          return { s: i, e: i + 2, type: 'DATE', value: quarterString(+dm.value.slice(0, 4), Math.floor((m2 - 1) / 3) + 1), relative: dm.relative };
        }
        return null;
      }
      if (nx === '-' || nx === 'before' || nx === 'after' || nx === 'earlier' || nx === 'later' || nx === 'ago' || nx === 'of' || nx === 'when' || nx === 'in' || nx === 'that' || nx === 'to' || nx === 'ended' || nx === 'ending' || nx === 'through') return null;
      if (YEAR4.test(nx) && this.tok(i + 2)?.kind === 'number') return { s: i, e: i + 3, type: 'DATE', value: nx, relative: false };
      return this.relativeUnit(i, i + 2, w1, 0, i + 1);
    }
    // "the nine months", "the six months"
    return this.matchDuration(i + 1, i);
  }

  /** "first quarter", "third-quarter", "the fourth quarter of 1989", "first half". */
  private ordinalPeriod(j: number, s: number): Match | null {
    const w = this.low(j);
    const ord = ORDINALS.get(w);
    if (ord === undefined) return null;
    const nx = this.low(j + 1);
    if (ord === -1) {
      // "the last half of 1989"
      if (nx === 'half' && s < j) return this.half(s, j + 2, 2);
      return null;
    }
    if ((nx === 'quarter' || nx === 'quarters') && ord >= 1 && ord <= 4) return this.quarter(s, j + 2, ord);
    if (nx === 'half' && ord >= 1 && ord <= 2) return this.half(s, j + 2, ord);
    if (nx === 'century' && s < j) {
      return { s, e: j + 2, type: 'DATE', value: pad2(ord - 1), relative: false };
    }
    // "through the first two quarters of 1990": the first half.
    if (nx === 'two' && this.low(j + 2) === 'quarters' && (ord === 1 || ord === -1)) return this.half(s, j + 3, ord === 1 ? 1 : 2);
    // "the first nine months"
    if (NUMBERS.has(nx) || this.tok(j + 1)?.kind === 'number') {
      const m = this.matchDuration(j + 1, s);
      if (m) return m;
    }
    return null;
  }

  private periodYear(e: number): { e: number; year: number | null } {
    let k = e;
    if (this.low(k) === 'of' || this.low(k) === ',') k++;
    if (this.low(k) === 'fiscal') k++;
    if (this.tok(k)?.kind === 'number' && YEAR4.test(this.low(k))) return { e: k + 1, year: +this.low(k) };
    if (k > e) {
      const sy = this.spelledYear(k);
      if (sy) return { e: sy.e, year: +sy.value };
    }
    return { e, year: null };
  }

  private quarter(s: number, e: number, q: number): Match {
    const py = this.periodYear(e);
    if (py.year !== null) return { s, e: py.e, type: 'DATE', value: quarterString(py.year, q), relative: false };
    if (this.ref === null) return { s, e, type: 'DATE', value: `XXXX-Q${q}`, relative: true };
    const refQ = Math.floor((this.refM - 1) / 3) + 1;
    let y = this.refY;
    const tense = this.tenseAt(s);
    if (q > refQ && tense !== 'future') y--;
    return { s, e, type: 'DATE', value: quarterString(y, q), relative: true };
  }

  private half(s: number, e: number, h: number): Match | null {
    const py = this.periodYear(e);
    if (py.year !== null) return { s, e: py.e, type: 'DATE', value: `${pad4(py.year)}-H${h}`, relative: false };
    if (this.low(e) === 'of') {
      // "the first half of the year": this year's; "the last half of the '80s", "of the game": the other noun is what is named.
      if (this.low(e + 1) === 'the' && this.low(e + 2) === 'year' && this.ref !== null) return { s, e: e + 3, type: 'DATE', value: `${pad4(this.refY)}-H${h}`, relative: true };
      return null;
    }
    if (this.ref === null) return { s, e, type: 'DATE', value: `XXXX-H${h}`, relative: true };
    let y = this.refY;
    const refH = this.refM <= 6 ? 1 : 2;
    if (h > refH && this.tenseAt(s) !== 'future') y--;
    return { s, e, type: 'DATE', value: `${pad4(y)}-H${h}`, relative: true };
  }

  private matchFiscal(i: number): Match | null {
    let j = i + 1;
    if (this.low(j) === 'year') j++;
    if (this.tok(j)?.kind === 'number' && YEAR4.test(this.low(j))) return { s: i, e: j + 1, type: 'DATE', value: this.low(j), relative: false };
    return null;
  }

  private matchSet(i: number): Match | null {
    const w1 = this.low(i + 1);
    const u = UNITS.get(w1);
    if (u && !w1.endsWith('s')) return { s: i, e: i + 2, type: 'SET', value: durationValue(1, u), relative: false };
    const wd = WEEKDAYS.get(w1);
    if (wd !== undefined && this.isCap(i + 1)) return { s: i, e: i + 2, type: 'SET', value: `XXXX-WXX-${wd}`, relative: false };
    const mo = MONTHS.get(w1);
    if (mo !== undefined && this.isCap(i + 1) && w1.length > 3) return { s: i, e: i + 2, type: 'SET', value: `XXXX-${pad2(mo)}`, relative: false };
    return null;
  }

  private matchSeasonBare(i: number): Match | null {
    const w = this.low(i);
    if (w === 'fall' || w === 'spring') {
      // Verbs/nouns too often: only with a year or after "in/this/last/next".
      // "in the fall", "by the spring" are seasons; "the fall of Saigon", "the spring rains" are not.
      const prev = this.low(i - 1);
      const seasonPrep = (w2: string) => w2 === 'in' || w2 === 'during' || w2 === 'over' || w2 === 'by' || w2 === 'until' || w2 === 'through' || w2 === 'since';
      const after = this.tok(i + 1);
      const theSeason = prev === 'the' && seasonPrep(this.low(i - 2)) && (!after || after.kind !== 'word' || (this.low(i + 1) !== 'of' && seasonPrep(this.low(i + 1))) || this.low(i + 1) === 'and');
      if (!YEAR4.test(this.low(i + 1)) && !theSeason && !(prev === 'in' || prev === 'this' || prev === 'last' || prev === 'next' || prev === 'early' || prev === 'late')) return null;
      if (theSeason) return this.season(i - 1, i, SEASONS.get(w)!, 0);
    }
    return this.season(i, i, SEASONS.get(w)!, 0);
  }

  private season(s: number, j: number, code: string, dir: number): Match {
    const py = this.periodYear(j + 1);
    if (py.year !== null) return { s, e: py.e, type: 'DATE', value: `${pad4(py.year)}-${code}`, relative: false };
    const e = j + 1;
    if (this.ref === null) return { s, e, type: 'DATE', value: `XXXX-${code}`, relative: true };
    // Seasons counted on one line: year*4 + index, winter belonging to the year it starts in (December).
    const order = ['SP', 'SU', 'FA', 'WI'];
    const idx = order.indexOf(code);
    const m = this.refM;
    const cur = m <= 2 ? (this.refY - 1) * 4 + 3 : this.refY * 4 + (m <= 5 ? 0 : m <= 8 ? 1 : m <= 11 ? 2 : 3);
    let best = Math.floor(cur / 4) * 4 + idx; // same cycle
    if (dir < 0) {
      while (best >= cur) best -= 4;
    } else if (dir > 0) {
      while (best <= cur) best += 4;
    } else {
      const tense = this.tenseAt(s);
      if (tense === 'past') while (best > cur) best -= 4;
      else if (tense === 'future') while (best < cur) best += 4;
      else {
        if (best - cur > 2) best -= 4;
        if (cur - best > 2) best += 4;
      }
    }
    return { s, e, type: 'DATE', value: `${pad4(Math.floor(best / 4))}-${code}`, relative: true };
  }

  // ------------------------------------------------------------- relative

  /** At token j: this/last/next/past/coming/previous/following/current/latest/recent/same …; s is the start. */
  private matchRelative(j: number, s: number, as?: 'last' | 'next'): Match | null {
    const w = as ?? this.low(j);
    const withThe = !as && s < j;
    let k = j + 1;
    const n1 = this.low(k);
    // ABC's "This Week", ABC's This Week With George Stephanopoulos, CBS' "This Morning": a programme's
    // title (both words capitalised, after an opening quote or a possessive inside the sentence), not a
    // time (rule time.title-this).
    if (w === 'this' && !as && s === j && this.isCap(j) && this.isCap(k) && (UNITS.has(n1) || PARTS.has(n1)) && j > this.sStart) {
      const p = j - 1;
      const afterQuote = this.isQuoteMark(p) && p > this.sStart;
      this.low(p);
      if (afterQuote || (this.toks[p].kind === 'word' && this.poss(p))) return null;
    }
    // "this past weekend", "this past spring", "this coming Sunday": "last"/"next" spelled out, with
    // "this" in the span (rule time.this-past). Not "this past seven days" (a duration).
    if (w === 'this' && !as && (n1 === 'past' || n1 === 'coming') && this.tok(k + 1)?.kind === 'word' && !NUMBERS.has(this.low(k + 1)) && !VAGUE.has(this.low(k + 1))) {
      // Written on a Saturday or Sunday, "this past week" is the week now ending (wash-post 2016-01-17:
      // "why Cruz decided to go after Trump this past week").
      if (n1 === 'past' && this.low(k + 1) === 'week' && this.ref !== null && weekdayOf(this.ref) >= 6) return this.relativeUnit(s, k + 2, 'week', 0, j);
      const m = this.matchRelative(k, s, n1 === 'past' ? 'last' : 'next');
      if (m) return m;
    }
    const dir = w === 'last' || w === 'past' || w === 'previous' ? -1 : w === 'next' || w === 'coming' || w === 'following' ? 1 : 0;
    const code = UNITS.get(n1);
    const prep = this.low(s - 1);
    const durationPrep = prep === 'over' || prep === 'for' || prep === 'within' || prep === 'during' || prep === 'in' || prep === 'throughout';
    // "down 4.5% from the previous Friday", "the following Monday": that weekday before/after the
    // day last mentioned (else the dateline).
    const wdn = WEEKDAYS.get(n1);
    if (withThe && (w === 'previous' || w === 'following') && wdn !== undefined && n1.length > 3 && this.isCap(k)) {
      return { s, e: k + 1, type: 'DATE', value: '', relative: true, anaphor: { unit: 'D', offset: w === 'previous' ? -1 : 1, orDateline: true, weekday: wdn } };
    }
    if (w === 'same' || w === 'following' || w === 'previous' || (w === 'next' && withThe && !durationPrep)) {
      // Anchored to the time last mentioned: "the following year", "the next day", "the same day".
      if (!withThe || !code || n1.endsWith('s') || code === 'WE' || code === 'H' || code === 'S' || (code === 'M' && n1.startsWith('min'))) return null;
      return { s, e: k + 1, type: 'DATE', value: '', relative: true, anaphor: { unit: code, offset: w === 'same' ? 0 : w === 'previous' ? -1 : 1 } };
    }
    // "last year", "next week", "this month", "the past year" (a duration)
    if (code && !n1.endsWith('s')) {
      if (this.low(k + 1) === '-') return null;
      // "over the past year", "over the next year or so": TimeBank+AQUAINT annotate these as the
      // calendar year before/after the dateline (3 of 3), like "last year". Not decades: "over the
      // next decade" in 2016 is 2016–2026, not the 2020s.
      if (withThe && (w === 'past' || w === 'last' || w === 'coming' || w === 'next')) {
        // "in the last year of his presidency", "the last week of October": a part of something else,
        // not a time counted from now (an empty value: the tokens are taken, nothing is reported).
        if (this.low(k + 1) === 'of') return { s, e: k + 1, type: 'DATE', value: '', relative: true };
        const m = code === 'Y' ? this.relativeUnit(s, k + 1, n1, dir, j) : null;
        return m ?? { s, e: k + 1, type: 'DURATION', value: durationValue(1, code), relative: false };
      }
      if (code === 'Y' && this.poss(k) && this.ref !== null) {
        // "this year's third quarter", "next year's first half"
        const o = ORDINALS.get(this.low(k + 1));
        const y = this.refY + dir;
        if (o !== undefined && o >= 1 && o <= 4 && this.low(k + 2) === 'quarter') return { s, e: k + 3, type: 'DATE', value: quarterString(y, o), relative: true };
        if (o !== undefined && o >= 1 && o <= 2 && this.low(k + 2) === 'half') return { s, e: k + 3, type: 'DATE', value: `${pad4(y)}-H${o}`, relative: true };
        if (this.low(k + 1) === 'quarter' || this.low(k + 1) === 'period') return { s, e: k + 2, type: 'DATE', value: pad4(y), relative: true, periodYear: y };
      }
      if (w === 'latest' || w === 'recent') {
        if (n1 === 'quarter') return this.relativeUnit(s, k + 1, n1, 0, j);
        return null;
      }
      if (w === 'past' && !withThe) return { s, e: k + 1, type: 'DURATION', value: durationValue(1, code), relative: false };
      return this.relativeUnit(s, k + 1, n1, dir, j);
    }
    // "the past two years", "the next three months", "last 12 months", "the past few weeks"
    if ((w === 'past' || w === 'last' || w === 'next' || w === 'coming' || w === 'recent') && (NUMBERS.has(n1) || VAGUE.has(n1) || this.tok(k)?.kind === 'number')) {
      const m = this.matchDuration(k, s);
      if (m) return m;
    }
    // "the coming months", "recent years", "the past decades"
    if (code && n1.endsWith('s') && (w === 'coming' || w === 'past' || w === 'recent' || w === 'next' || w === 'last')) {
      if (w === 'coming' || w === 'next') return { s, e: k + 1, type: 'DATE', value: 'FUTURE_REF', relative: true };
      if (w === 'recent') return { s, e: k + 1, type: 'DURATION', value: 'PX' + code.slice(-1), relative: false };
      return { s, e: k + 1, type: 'DURATION', value: 'PX' + (code.length === 1 ? code : code.slice(-1)), relative: false };
    }
    if (w === 'latest' || w === 'recent' || w === 'current') {
      if (w === 'current' && (n1 === 'quarter' || n1 === 'year' || n1 === 'month' || n1 === 'week' || n1 === 'period')) return this.relativeUnit(s, k + 1, n1 === 'period' ? 'quarter' : n1, 0, j);
      if (w === 'latest' && n1 === 'period') return this.relativeUnit(s, k + 1, 'quarter', 0, j);
      if (w === 'current' && n1 === 'fiscal' && this.low(k + 1) === 'year') return this.relativeUnit(s, k + 2, 'year', 0, j);
      if (w === 'latest' && n1 === 'fiscal' && this.low(k + 1) === 'year') return this.relativeUnit(s, k + 2, 'year', 0, j);
      // Bare adjectives: "current market conditions", "a recent filing".
      const nt = this.tok(k);
      if (w === 'current' && nt && nt.kind === 'word' && n1 !== 'account' && n1 !== 'accounts' && n1 !== 'affairs' && n1 !== 'events' && n1 !== 'flowing') {
        return { s: j, e: j + 1, type: 'DATE', value: 'PRESENT_REF', relative: true };
      }
      return null;
    }
    if (w === 'past' || w === 'coming') return null;
    if (withThe) return null;
    // "last Friday", "next Tuesday", "this Monday"
    const wd = WEEKDAYS.get(n1);
    if (wd !== undefined && n1.length > 3 && this.isCap(k)) return this.matchWeekday(k, wd, w as 'last' | 'next' | 'this', s);
    // "last April", "next March"
    const mo = MONTHS.get(n1);
    if (mo !== undefined && this.isCap(k)) {
      // "shot to death last Oct. 23", "next March 3": that day, before / after the dateline.
      const dk = this.low(k + 1) === '.' && ABBREV_MONTHS.has(n1) ? k + 2 : k + 1;
      const dt = this.tok(dk);
      const dd = dt && dt.kind === 'number' && !AMPM.has(this.low(dk + 1)) ? DAYNUM.exec(dt.text) : null;
      if (dd && +dd[1] >= 1 && +dd[1] <= 31 && (dir !== 0) && this.ref !== null) {
        const day = +dd[1];
        let y = this.refY;
        if (dir < 0) while (y > this.refY - 2 && (!isRealYmd(y, mo, day) || dayNumber(y, mo, day) >= this.ref)) y--;
        else while (y < this.refY + 2 && (!isRealYmd(y, mo, day) || dayNumber(y, mo, day) <= this.ref)) y++;
        if (isRealYmd(y, mo, day)) {
          const n = dayNumber(y, mo, day);
          return { s, e: dk + 1, type: 'DATE', value: dayString(n), relative: true, day: n };
        }
      }
      if (this.ref === null) return { s, e: k + 1, type: 'DATE', value: `XXXX-${pad2(mo)}`, relative: true };
      let y = this.refY;
      if (dir < 0) y = mo >= this.refM ? this.refY - 1 : this.refY;
      else if (dir > 0) y = mo <= this.refM ? this.refY + 1 : this.refY;
      else y = this.refY; // "this September"
      return { s, e: k + 1, type: 'DATE', value: monthString(y, mo), relative: true };
    }
    const sc = SEASONS.get(n1);
    if (sc) {
      if (w === 'this' && this.ref !== null) {
        const py = this.periodYear(k + 1);
        if (py.year === null) {
          const y = sc === 'WI' && this.refM <= 2 ? this.refY - 1 : this.refY;
          return { s, e: k + 1, type: 'DATE', value: `${pad4(y)}-${sc}`, relative: true };
        }
      }
      return this.season(s, k, sc, dir);
    }
    if (HOLIDAY_HEADS.has(n1) && this.isCap(k)) return this.matchHoliday(k, s, dir);
    // "this morning", "last night", "this afternoon"
    const part = PARTS.get(n1);
    if (part && part.length === 2 && (w === 'this' || (w === 'last' && n1 === 'night'))) {
      const off = w === 'last' ? -1 : 0;
      if (this.ref === null) return { s, e: k + 1, type: 'TIME', value: 'XXXX-XX-XXT' + part, relative: true };
      const n = this.ref + off;
      return { s, e: k + 1, type: 'TIME', value: dayString(n) + 'T' + part, relative: true, day: n };
    }
    if (w === 'this' && n1 === 'time') return null;
    return null;
  }

  /** Relative calendar unit: dir -1 last, 0 this, +1 next. */
  private relativeUnit(s: number, e: number, unit: string, dir: number, at: number): Match | null {
    const code = UNITS.get(unit);
    if (!code) return null;
    if (this.ref === null) {
      const v: Record<string, string> = { Y: 'XXXX', M: 'XXXX-XX', W: 'XXXX-WXX', D: 'XXXX-XX-XX', Q: 'XXXX-QX', WE: 'XXXX-WXX-WE', '10Y': 'XXX', '100Y': 'XX' };
      const val = v[code];
      return val ? { s, e, type: 'DATE', value: val, relative: true } : null;
    }
    const ref = this.ref;
    switch (code) {
      case 'Y':
        return { s, e, type: 'DATE', value: pad4(this.refY + dir), relative: true };
      case 'M':
        return { s, e, type: 'DATE', value: monthString(this.refY, this.refM + dir), relative: true };
      case 'W':
        return { s, e, type: 'DATE', value: weekString(ref + 7 * dir), relative: true };
      case 'D':
        return null;
      case 'WE': {
        let n = ref + 7 * dir;
        if (dir === 0 && this.low(s) === 'the') {
          // "the weekend": the one just past unless the clause is in the future.
          if (this.tenseAt(at) !== 'future' && weekdayOf(ref) < 6) n = ref - 7;
        }
        return { s, e, type: 'DATE', value: weekString(n) + '-WE', relative: true };
      }
      case 'Q': {
        const refQ = Math.floor((this.refM - 1) / 3) + 1;
        let q = refQ + dir;
        // "the quarter" / "the latest quarter" in a past-tense (earnings) sentence: the last one completed.
        // "this/current quarter" is the DCT's; "the latest quarter/period" the last one completed.
        const deictic = this.low(at) === 'this' || this.low(at) === 'current' || this.low(at) === 'latest';
        if (dir === 0 && ((this.tenseAt(at) === 'past' && !deictic) || this.low(at) === 'latest')) q = refQ - 1;
        // Without "this"/"current", the quarter is the one the report is about when one was named before.
        return { s, e, type: 'DATE', value: quarterString(this.refY, q), relative: true, quarterRef: dir === 0 && !deictic };
      }
      case '10Y':
        return { s, e, type: 'DATE', value: String(Math.floor(this.refY / 10) + dir), relative: true };
      case '100Y':
        return { s, e, type: 'DATE', value: pad2(Math.floor(this.refY / 100) + dir), relative: true };
    }
    return null;
  }

  // ------------------------------------------------------------- durations

  /** "two weeks", "a few days", "24 hours", "several years" (+ "ago" → a date). j = first number word. */
  private matchDuration(j: number, s: number): Match | null {
    let k = j;
    let n: number | null = null; // null = vague
    let w = this.low(k);
    const t = this.tok(k);
    if (!t) return null;
    if (t.kind === 'number') {
      if (!NUMERIC.test(t.text)) return null;
      n = +t.text.replace(/,/g, '');
      k++;
      if (this.low(k) === 'more') k++;
    } else if (w === 'a' || w === 'an') {
      const nx = this.low(k + 1);
      if (nx === 'few' || nx === 'couple') {
        n = null;
        k += 2;
        if (this.low(k) === 'of') k++;
      } else {
        n = 1;
        k++;
      }
    } else if (NUMBERS.has(w)) {
      n = NUMBERS.get(w)!;
      k++;
      // "twenty four"
      const n2 = NUMBERS.get(this.low(k));
      if (n2 !== undefined && n2 < 10 && n >= 20 && n % 10 === 0) {
        n += n2;
        k++;
      }
      if (this.low(k) === 'more') k++;
    } else if (VAGUE.has(w)) {
      n = null;
      k++;
      if (this.low(k) === 'of') k++;
    } else {
      const h = w.indexOf('-');
      if (h > 0 && NUMBERS.has(w.slice(0, h)) && NUMBERS.has(w.slice(h + 1))) {
        n = NUMBERS.get(w.slice(0, h))! + NUMBERS.get(w.slice(h + 1))!;
        k++;
      } else if (UNITS.has(w) && w.endsWith('s') && (s === j)) {
        // Bare plural: "for years", "in recent months" handled elsewhere; "for decades".
        const prev = this.low(j - 1);
        if (prev === 'for' || prev === 'over' || prev === 'within') {
          const code = UNITS.get(w)!;
          return { s: j, e: j + 1, type: 'DURATION', value: 'PX' + code.slice(-1), relative: false };
        }
        return null;
      } else return null;
    }
    const unit = this.low(k);
    const code = UNITS.get(unit);
    if (!code || code === 'WE') return null;
    // "a quarter" of something is rarely a period; only with "ago/earlier".
    let e = k + 1;
    if (this.low(e) === 'or' && this.low(e + 1) === 'so') e += 2;
    const after = this.low(e);
    if (after === '-' || after === 'old') return null;
    if (code === 'Q' && after !== 'ago' && after !== 'earlier') return null;
    // "a second term": the ordinal, not the unit.
    if (unit === 'second' && (w === 'a' || w === 'the') && this.tok(e)?.kind === 'word' && !/^(?:later|ago|earlier|before|after|or|and|of|to|in|for)$/.test(after)) return null;
    if (n === 1 && (w === 'a' || w === 'an') && s === j) {
      // "$5 a year", "twice a day": a rate, not a duration.
      const prev = this.tok(j - 1);
      // Not "C$307.2 a year earlier", "$1.4 billion a year ago": a comparison date.
      if (prev && after !== 'ago' && after !== 'earlier' && after !== 'before' && (prev.kind === 'number' || /^(?:times|twice|once|percent|%)$/.test(this.low(j - 1)))) {
        return { s: j, e, type: 'SET', value: durationValue(1, code), relative: false };
      }
    }
    if (after === 'ago' || ((after === 'earlier' || after === 'before') && !(code === 'H' || code === 'M' && unit.startsWith('min') || code === 'S'))) {
      return this.ago(s, e + 1, n, code, unit);
    }
    // "Islam will one day be …": after a modal, "one day" is some day to come, not 24 hours.
    if (w === 'one' && code === 'D' && s === j && MODALS.has(this.low(j - 1))) return { s, e, type: 'DATE', value: 'FUTURE_REF', relative: true };
    const isMinutes = code === 'M' && unit.startsWith('min');
    const timeUnit = code === 'H' || code === 'S' || isMinutes;
    if (after === 'later' || after === 'after') {
      // "an hour later", "two years later": kept as a duration; the events stage anchors it.
      return { s, e: after === 'later' ? e + 1 : e, type: 'DURATION', value: durationValue(n, timeUnit ? (isMinutes ? 'MIN' : code) : code), relative: false };
    }
    return { s, e, type: 'DURATION', value: durationValue(n, timeUnit ? (isMinutes ? 'MIN' : code) : code), relative: false };
  }

  private ago(s: number, e: number, n: number | null, code: string, unit: string): Match {
    if (n === null || this.ref === null || n !== Math.floor(n)) {
      return { s, e, type: 'DATE', value: this.ref === null || n === null ? 'PAST_REF' : 'PAST_REF', relative: true };
    }
    const ref = this.ref;
    const isMinutes = code === 'M' && unit.startsWith('min');
    if (isMinutes || code === 'H' || code === 'S') {
      return { s, e, type: 'DATE', value: dayString(ref), relative: true, day: ref };
    }
    switch (code) {
      case 'D':
        return { s, e, type: 'DATE', value: dayString(ref - n), relative: true, day: ref - n };
      case 'W':
        return { s, e, type: 'DATE', value: weekString(ref - 7 * n), relative: true };
      case '2W':
        return { s, e, type: 'DATE', value: weekString(ref - 14 * n), relative: true };
      case 'M':
        return { s, e, type: 'DATE', value: monthString(this.refY, this.refM - n), relative: true };
      case 'Y':
        return { s, e, type: 'DATE', value: pad4(this.refY - n), relative: true, yearAgo: n === 1 };
      case 'Q': {
        const refQ = Math.floor((this.refM - 1) / 3) + 1;
        return { s, e, type: 'DATE', value: quarterString(this.refY, refQ - n), relative: true };
      }
      case '10Y':
        return { s, e, type: 'DATE', value: String(Math.floor((this.refY - 10 * n) / 10)), relative: true };
      case '100Y':
        return { s, e, type: 'DATE', value: pad2(Math.floor((this.refY - 100 * n) / 100)), relative: true };
    }
    return { s, e, type: 'DATE', value: 'PAST_REF', relative: true };
  }

  /** "year-end", "year end", "year's end": the end of the current year (of the last one after "since"). */
  private yearEnd(s: number, e: number): Match {
    if (this.ref === null) return { s, e, type: 'DATE', value: 'XXXX', relative: true };
    const back = this.low(s - 1) === 'since' || (this.low(s - 1) === 'at' && this.tenseAt(s) === 'past') || this.low(s - 1) === 'last';
    return { s: this.low(s - 1) === 'last' ? s - 1 : s, e, type: 'DATE', value: pad4(this.refY - (back ? 1 : 0)) + '-12-31', relative: true };
  }

  /** "nineteen ninety-six", "nineteen eighty", "two thousand". */
  private spelledYear(i: number): Match | null {
    const w = this.low(i);
    if (w === 'two' && this.low(i + 1) === 'thousand') {
      let e = i + 2;
      let y = 2000;
      let k = e;
      if (this.low(k) === 'and') k++;
      const n = twoDigit(this.low(k));
      if (n !== null && n < 100) {
        y += n;
        e = k + 1;
      } else {
        const u = NUMBERS.get(this.low(k));
        if (u !== undefined && u >= 1 && u <= 9 && Number.isInteger(u) && this.low(k) !== 'a' && this.low(k) !== 'an') {
          y += u;
          e = k + 1;
        }
      }
      if (UNITS.has(this.low(e))) return null;
      return { s: i, e, type: 'DATE', value: String(y), relative: false };
    }
    const c = SPELLED_CENTURIES.get(w);
    if (c === undefined) return null;
    const n = twoDigit(this.low(i + 1));
    if (n === null || n < 10) return null;
    if (UNITS.has(this.low(i + 2)) || this.low(i + 2) === 'percent') return null;
    return { s: i, e: i + 2, type: 'DATE', value: String(c * 100 + n), relative: false };
  }

  /** "Thanksgiving Day", "Christmas", "last Thanksgiving", "Easter week". j is the first word, s the start. */
  private matchHoliday(j: number, s: number, dir: number): Match | null {
    // Longest name first: three, two, one word(s).
    for (let len = 3; len >= 1; len--) {
      const words: string[] = [];
      for (let k = 0; k < len; k++) {
        const t = this.tok(j + k);
        if (!t) break;
        words.push(t.text.toLowerCase().replace(/’/g, "'"));
      }
      if (words.length < len) continue;
      const rule = HOLIDAYS.get(words.join(' '));
      if (!rule) continue;
      for (let k = 0; k < len; k++) if (!this.isCap(j + k)) return null;
      let e = j + len;
      // "Easter Island", "Christmas Carol": a capitalised word that names no day makes the holiday part of a name.
      const after = this.tok(e);
      if (after && after.kind === 'word' && this.isCap(e) && this.low(e) !== 'week' && !WEEKDAYS.has(this.low(e)) && !MONTHS.has(this.low(e)) && !HOLIDAY_HEADS.has(this.low(e))) return null;
      const week = this.low(e) === 'week';
      if (week) e++;
      if (this.ref === null) return { s, e, type: 'DATE', value: rule.length === 5 ? `XXXX-${rule}` : 'XXXX-XX-XX', relative: true };
      const dayIn = (y: number) => holidayDay(rule, y);
      let y: number;
      const py = this.periodYear(e);
      if (py.year !== null) {
        y = py.year;
        e = py.e;
      } else if (rule === 'election') {
        // Election Day: the US federal one, in even years (rule time.election-even); "last/next" step by two.
        const ev = this.refY - (this.refY % 2);
        if (dir < 0) y = dayIn(ev) < this.ref ? ev : ev - 2;
        else if (dir > 0) y = dayIn(ev) > this.ref ? ev : ev + 2;
        else y = this.pickYear(s, dayIn, 2);
      } else if (dir < 0) y = dayIn(this.refY) < this.ref ? this.refY : this.refY - 1;
      else if (dir > 0) y = dayIn(this.refY) > this.ref ? this.refY : this.refY + 1;
      else y = this.pickYear(s, dayIn);
      const n = dayIn(y);
      if (week) return { s, e, type: 'DATE', value: weekString(n), relative: py.year === null };
      return { s, e, type: 'DATE', value: dayString(n), relative: py.year === null, day: n };
    }
    return null;
  }

  /** "that year", "that same day", "later that year": the time last mentioned, at that granularity. */
  private matchThat(i: number): Match | null {
    let k = i + 1;
    if (this.low(k) === 'same') k++;
    const u = this.low(k);
    const code = UNITS.get(u);
    if (!code || u.endsWith('s') || code === 'WE' || code === 'H' || code === 'S' || (code === 'M' && u.startsWith('min'))) return null;
    const nx = this.low(k + 1);
    if (nx === 'when' || nx === '-') return null;
    const prev = this.low(i - 1);
    const s = prev === 'later' || prev === 'earlier' ? i - 1 : i;
    if (code === 'Q' && this.ref !== null) return this.relativeUnit(s, k + 1, u, 0, i);
    return { s, e: k + 1, type: 'DATE', value: '', relative: true, anaphor: { unit: code, offset: 0 } };
  }

  /**
   * Token i ends a quoted title of two capitalised words or more: “Fox News Sunday,”, ''Fox News
   * Sunday'' (a programme, not a day; rule time.quoted-title). "Super Tuesday" (one word before) stays.
   */
  private quotedTitleEnd(i: number): boolean {
    let e = i + 1;
    if (this.tok(e)?.kind === 'punct' && (this.toks[e].text === ',' || this.toks[e].text === '.')) e++;
    if (!this.tok(e) || !this.isQuoteMark(e)) return false;
    let k = i - 1;
    let caps = 0;
    while (k >= this.sStart && this.toks[k].kind === 'word' && this.isCap(k)) {
      caps++;
      k--;
    }
    return caps >= 2 && k >= this.sStart && this.isQuoteMark(k);
  }

  /** The modal at k is negated: "could not", "couldn't" before it is read, or "neither … nor" before it. */
  private negatedModal(k: number): boolean {
    const n = this.low(k + 1);
    if (n === 'not' || n === "n't") return true;
    for (let j = k - 1; j >= this.sStart && j >= k - 8; j--) if (this.low(j) === 'nor' || this.low(j) === 'neither') return true;
    return false;
  }

  /**
   * A past participle right after the auxiliary at i, an adverb or two allowed between ("has been",
   * "has said", "has suddenly taken"): a perfect, which tells of the past.
   */
  private participleAfter(i: number): boolean {
    let k = i + 1;
    while (k < this.sEnd && k <= i + 2 && (AUX_ADVERBS.has(this.low(k)) || (this.low(k).length > 4 && this.low(k).endsWith('ly')))) k++;
    const n = this.low(k);
    return PAST_PARTICIPLES.has(n) || PAST_CUES.has(n) || (n.length > 4 && n.endsWith('ed') && !NOT_PAST_ED.has(n));
  }

  /** A `YYYY-Qn`/`YYYY-Hn`/`YYYY-MM(-DD)` period whose first day is after the dateline. */
  private startsAfterRef(v: string): boolean {
    if (this.ref === null) return false;
    const y = +v.slice(0, 4);
    const c = v.charCodeAt(5);
    const n = +v.slice(6, 7);
    const month = c === 81 ? 3 * n - 2 : c === 72 ? 6 * n - 5 : +v.slice(5, 7); // Q, H, else a month
    const day = v.length >= 10 ? +v.slice(8, 10) : 1;
    return dayNumber(y, month, day) > this.ref;
  }

  /** "year-ago", "year-earlier" (adjectives in earnings reports). */
  private yearAgoAdjective(i: number): Match {
    let e = i + 1;
    const o = ORDINALS.get(this.low(e));
    if (o !== undefined && o >= 1 && o <= 4 && this.low(e + 1) === 'quarter') e += 2;
    else if (this.low(e) === 'quarter' || this.low(e) === 'period') e++;
    if (this.ref === null) return { s: i, e, type: 'DATE', value: 'XXXX', relative: true, yearAgo: true };
    // "the year-ago period/quarter" with no quarter named nearby: the latest completed quarter, a
    // year back (rule time.year-ago-period); a bare "year-ago" keeps the year.
    if (e > i + 1 && (this.low(e - 1) === 'period' || this.low(e - 1) === 'quarter')) {
      const refQ = Math.floor((this.refM - 1) / 3) + 1;
      return { s: i, e, type: 'DATE', value: quarterString(this.refY - 1, refQ - 1), relative: true, yearAgo: true };
    }
    return { s: i, e, type: 'DATE', value: pad4(this.refY - 1), relative: true, yearAgo: true };
  }
}


const QUANTITY_NOUNS = new Set<string>(lexicon.quantityNouns);

function isQuantityNoun(w: string): boolean {
  return QUANTITY_NOUNS.has(w);
}

const TENS = new Map<string, number>(Object.entries(lexicon.tens));

/** "ninety-six" → 96, "eighty" → 80, "twelve" → 12; null otherwise. */
/** A date value moved to a unit's granularity and shifted: ('1988-10-05', 'Y', 1) → '1989'. */
function shiftTo(v: string, unit: string, offset: number): string | null {
  const y = +v.slice(0, 4);
  const full = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  const month = /^(\d{4})-(\d{2})(?:-|$|T)/.exec(v);
  const q = /^(\d{4})-Q([1-4])/.exec(v);
  switch (unit) {
    case 'Y':
      return pad4(y + offset);
    case 'Q':
      if (q) return quarterString(y, +q[2] + offset);
      if (month) return quarterString(y, Math.floor((+month[2] - 1) / 3) + 1 + offset);
      return null;
    case 'M':
      return month ? monthString(y, +month[2] + offset) : null;
    case 'W':
      return full ? weekString(dayNumber(y, +full[2], +full[3]) + 7 * offset) : /^\d{4}-W\d\d$/.test(v) && offset === 0 ? v : null;
    case 'D':
      return full ? dayString(dayNumber(y, +full[2], +full[3]) + offset) : null;
  }
  return null;
}

function twoDigit(w: string): number | null {
  const h = w.indexOf('-');
  if (h > 0) {
    const t = TENS.get(w.slice(0, h));
    const u = NUMBERS.get(w.slice(h + 1));
    return t !== undefined && u !== undefined && u >= 1 && u <= 9 && Number.isInteger(u) ? t + u : null;
  }
  const t = TENS.get(w);
  if (t !== undefined) return t;
  const n = NUMBERS.get(w);
  return n !== undefined && n >= 10 && n <= 19 ? n : null;
}

function easterDay(y: number): number {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

/** Day number of a holiday rule (see lexicon.json) in year y. */
function holidayDay(rule: string, y: number): number {
  if (rule.length === 5) return dayNumber(y, +rule.slice(0, 2), +rule.slice(3));
  if (rule.startsWith('easter:')) return easterDay(y) + +rule.slice(7);
  if (rule === 'election') {
    const nov1 = dayNumber(y, 11, 1);
    const firstMonday = nov1 + ((1 - weekdayOf(nov1) + 7) % 7);
    return firstMonday + 1;
  }
  const [, mo, wd, n] = rule.split(':').map(Number);
  if (n > 0) {
    const first = dayNumber(y, mo, 1);
    return first + ((wd - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
  }
  const last = dayNumber(y, mo + 1, 0);
  return last - ((weekdayOf(last) - wd + 7) % 7);
}

export function durationValue(n: number | null, code: string): string {
  const num = n === null ? 'X' : formatNum(n);
  switch (code) {
    case 'H':
      return `PT${num}H`;
    case 'MIN':
      return `PT${num}M`;
    case 'S':
      return `PT${num}S`;
    case '2W':
      return `P${n === null ? 'X' : formatNum(2 * n)}W`;
    case '10Y':
      return n === null ? 'PXE' : `P${formatNum(n)}E`;
    case '100Y':
      return n === null ? 'PXC' : `P${formatNum(n)}C`;
    default:
      return `P${num}${code}`;
  }
}

function formatNum(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n);
}
