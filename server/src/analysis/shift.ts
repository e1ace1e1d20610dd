import type { ArticleAnalysis, Mention, Span, TextSpan } from './types';
import { emptyTokenLayer } from './text/tokens';

/** The edit that turns one text into another: [start, oldEnd) in the old text became [start, newEnd) in the new. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * Code units compared per step: equal blocks are skipped by one native string comparison, so a 1 MB
 * document's diff costs ≈ 250 of them instead of a million `charCodeAt` steps (issue 18: the loop ran
 * 2-30 ms on the protocol thread after each edit, its code cold: it runs once per edit).
 */
const BLOCK = 4096;

/** The smallest single change between two texts (common prefix and suffix), in linear time. */
export function diffTexts(oldText: string, newText: string): TextChange {
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start + BLOCK <= max && oldText.slice(start, start + BLOCK) === newText.slice(start, start + BLOCK)) start += BLOCK;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd - BLOCK >= start && newEnd - BLOCK >= start && oldText.slice(oldEnd - BLOCK, oldEnd) === newText.slice(newEnd - BLOCK, newEnd)) {
    oldEnd -= BLOCK;
    newEnd -= BLOCK;
  }
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/**
 * Carries an analysis over an edit without re-analysing: everything before the
 * change stays, everything after it moves by the change's length, anything the
 * change touches is dropped. A stop-gap answer while the new text is analysed;
 * cross-paragraph facts (a pronoun's antecedent inside the change) may be stale.
 *
 * What the edit leaves as it was (a span wholly before the change) is carried
 * over as the very same object, not a copy: an edit near the end of a long
 * article then copies almost nothing (issue 18: on a 1 MB article this ran
 * 25-80 ms on the protocol thread, copying every span). Analyses are never
 * changed once made, so the old and the new one can share objects. The result
 * is the same, value for value, as copying everything.
 */
export function shiftAnalysis(a: ArticleAnalysis, newText: string, c: TextChange): ArticleAnalysis {
  const delta = c.newEnd - c.oldEnd;
  const keep = (s: Span) => s.end <= c.start || s.start >= c.oldEnd;
  const move = <T extends Span>(s: T): T => (s.start >= c.oldEnd ? { ...s, start: s.start + delta, end: s.end + delta } : { ...s });
  const moveText = <T extends TextSpan>(s: T): T => {
    const m = move(s);
    m.text = newText.slice(m.start, m.end);
    return m;
  };
  /**
   * A kept text span: itself when it lies wholly before the change (the text there is the same, and a
   * span's text is always `text.slice(start, end)`), else moved and its text read again.
   */
  const carryText = <T extends TextSpan>(s: T): T => (s.end <= c.start ? s : moveText(s));
  /** A span without text: move() copies one that starts before the change's end unchanged. */
  const carry = <T extends Span>(s: T): T => (s.start < c.oldEnd ? s : move(s));
  const before = (s: Span) => s.end <= c.start;
  const people: ArticleAnalysis['people'] = [];
  /** Mentions that moved: the old object → the new one. */
  const moved = new Map<Mention, Mention>();
  let peopleDropped = false;
  for (const p of a.people) {
    // Most people of a long article lie wholly before a typical edit: no copy, not even of their list.
    if (p.mentions.every(before)) {
      people.push(p);
      continue;
    }
    const mentions: Mention[] = [];
    for (const m of p.mentions) {
      if (!keep(m)) continue;
      const n = carryText(m);
      if (n !== m) moved.set(m, n);
      mentions.push(n);
    }
    if (mentions.length > 0) people.push({ ...p, mentions });
    else peopleDropped = true;
  }
  // `a.mentions` is every person's mentions in text order, and the edit keeps the order of what it keeps.
  const mentions = sameOr(a.mentions, a.mentions.every(before) ? a.mentions : a.mentions.filter(keep).map((m) => moved.get(m) ?? m));
  const live = peopleDropped ? new Set(people.map((p) => p.id)) : null;
  /** Per quotation of `a`: its index among the carried ones, or -1. */
  const quoteIndex = new Int32Array(a.quotes.length).fill(-1);
  let carriedQuotes = 0;
  const quotes: ArticleAnalysis['quotes'] = [];
  a.quotes.forEach((q, i) => {
    if (!keep(q)) return;
    quoteIndex[i] = carriedQuotes++;
    const speaker = q.speaker && (!live || live.has(q.speaker)) ? q.speaker : null;
    const speakerMention = q.speakerMention && keep(q.speakerMention) ? carryText(q.speakerMention) : null;
    const cue = q.cue && keep(q.cue) ? carryText(q.cue) : null;
    const same = q.end <= c.start && speaker === q.speaker && speakerMention === q.speakerMention && cue === q.cue;
    quotes.push(same ? q : { ...moveText(q), speaker, speakerMention, cue });
  });
  const quoteCarried = (i: number) => i >= 0 && i < quoteIndex.length && quoteIndex[i] >= 0;
  const organisations: ArticleAnalysis['organisations'] = [];
  for (const o of a.organisations) {
    if (o.mentions.every(before) && o.quotes.every((i) => quoteCarried(i) && quoteIndex[i] === i)) {
      organisations.push(o);
      continue;
    }
    const kept = o.mentions.filter(keep);
    if (kept.length === 0) continue;
    organisations.push({ ...o, mentions: kept.map(carryText), quotes: o.quotes.filter(quoteCarried).map((i) => quoteIndex[i]) });
  }
  const events: ArticleAnalysis['events'] = [];
  for (const e of a.events) {
    if (!(keep(e.sentence) && keep(e))) continue;
    const verb = carryText(e.verb);
    const sentence = carry(e.sentence);
    const anchor = e.anchor && carry(e.anchor);
    const same = e.end <= c.start && verb === e.verb && sentence === e.sentence && anchor === e.anchor;
    events.push(same ? e : { ...moveText(e), verb, sentence, anchor });
  }
  return {
    text: newText,
    date: a.date,
    // Word offsets are not carried over the edit: the shifted analysis answers without syntax.
    syntax: null,
    model: {
      text: newText,
      dateline: a.model.dateline && keep(a.model.dateline) ? carryText(a.model.dateline) : null,
      bodyStart: a.model.bodyStart >= c.oldEnd ? a.model.bodyStart + delta : a.model.bodyStart,
      paragraphs: sameOr(a.model.paragraphs, a.model.paragraphs.filter(keep).map(carry)),
      sentences: [],
      tokens: [],
      lex: emptyTokenLayer(),
    },
    people: sameOr(a.people, people),
    mentions,
    quotes: sameOr(a.quotes, quotes),
    organisations: sameOr(a.organisations, organisations),
    times: sameOr(a.times, a.times.filter(keep).map(carryText)),
    events: sameOr(a.events, events),
    findings: a.findings
      .filter((f) => keep(f) && (f.quote === undefined || quoteCarried(f.quote)))
      .map((f) => ({ ...move(f), quote: f.quote === undefined ? undefined : quoteIndex[f.quote] })),
  };
}

/** The old list itself when the new one holds the same objects in the same order (lists, too, are never changed). */
function sameOr<T>(old: readonly T[], next: T[]): T[] {
  if (old === next) return next;
  return next.length === old.length && next.every((x, i) => x === old[i]) ? (old as T[]) : next;
}
