import type { ArticleAnalysis, Mention, Span, TextSpan } from './types';
import { emptyTokenLayer } from './text/tokens';

/** The edit that turns one text into another: [start, oldEnd) in the old text became [start, newEnd) in the new. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest single change between two texts (common prefix and suffix), in linear time. */
export function diffTexts(oldText: string, newText: string): TextChange {
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
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
 * What the edit leaves as it was (a span wholly before the change whose text
 * reads the same) is carried over as the very same object, not a copy: an edit
 * near the end of a long article then copies almost nothing (issue 18: on a
 * 1 MB article this ran 25-80 ms on the protocol thread, copying every span).
 * Analyses are never changed once made, so the old and the new one can share
 * objects. The result is the same, value for value, as copying everything.
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
  /** A kept text span: itself when the edit left it as it was, else moved (and its text read again). */
  const carryText = <T extends TextSpan>(s: T): T => (s.end <= c.start && s.text === newText.slice(s.start, s.end) ? s : moveText(s));
  /** A span without text: move() copies one that starts before the change's end unchanged. */
  const carry = <T extends Span>(s: T): T => (s.start < c.oldEnd ? s : move(s));
  const people: ArticleAnalysis['people'] = [];
  /** Mentions that moved: the old object → the new one. */
  const moved = new Map<Mention, Mention>();
  for (const p of a.people) {
    let changed = false;
    const mentions: Mention[] = [];
    for (const m of p.mentions) {
      if (!keep(m)) {
        changed = true;
        continue;
      }
      const n = carryText(m);
      if (n !== m) {
        changed = true;
        moved.set(m, n);
      }
      mentions.push(n);
    }
    if (mentions.length > 0) people.push(changed ? { ...p, mentions } : p);
  }
  // `a.mentions` is every person's mentions in text order, and the edit keeps the order of what it keeps.
  const mentions = a.mentions.filter(keep).map((m) => moved.get(m) ?? m);
  const live = new Set(people.map((p) => p.id));
  const quoteIndex = new Map<number, number>();
  const quotes: ArticleAnalysis['quotes'] = [];
  a.quotes.forEach((q, i) => {
    if (!keep(q)) return;
    quoteIndex.set(i, quoteIndex.size);
    const speaker = q.speaker && live.has(q.speaker) ? q.speaker : null;
    const speakerMention = q.speakerMention && keep(q.speakerMention) ? carryText(q.speakerMention) : null;
    const cue = q.cue && keep(q.cue) ? carryText(q.cue) : null;
    const same = carryText(q) === q && speaker === q.speaker && speakerMention === q.speakerMention && cue === q.cue;
    quotes.push(same ? q : { ...moveText(q), speaker, speakerMention, cue });
  });
  const organisations: ArticleAnalysis['organisations'] = [];
  for (const o of a.organisations) {
    const kept = o.mentions.filter(keep);
    if (kept.length === 0) continue;
    const mentions = kept.map(carryText);
    const quoted = o.quotes.filter((i) => quoteIndex.has(i)).map((i) => quoteIndex.get(i)!);
    const same = kept.length === o.mentions.length && mentions.every((m, i) => m === o.mentions[i]) && quoted.length === o.quotes.length && quoted.every((q, i) => q === o.quotes[i]);
    organisations.push(same ? o : { ...o, mentions, quotes: quoted });
  }
  const events: ArticleAnalysis['events'] = [];
  for (const e of a.events) {
    if (!(keep(e.sentence) && keep(e))) continue;
    const verb = carryText(e.verb);
    const sentence = carry(e.sentence);
    const anchor = e.anchor && carry(e.anchor);
    const same = carryText(e) === e && verb === e.verb && sentence === e.sentence && anchor === e.anchor;
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
      paragraphs: a.model.paragraphs.filter(keep).map(carry),
      sentences: [],
      tokens: [],
      lex: emptyTokenLayer(),
    },
    people,
    mentions,
    quotes,
    organisations,
    times: a.times.filter(keep).map(carryText),
    events,
    findings: a.findings
      .filter((f) => keep(f) && (f.quote === undefined || quoteIndex.has(f.quote)))
      .map((f) => ({ ...move(f), quote: f.quote === undefined ? undefined : quoteIndex.get(f.quote) })),
  };
}
