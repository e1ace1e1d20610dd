import type { ArticleAnalysis, Span, TextSpan } from './types';
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
  const people = a.people
    .map((p) => ({ ...p, mentions: p.mentions.filter(keep).map(moveText) }))
    .filter((p) => p.mentions.length > 0);
  // A group's "they" is in each of its people's lists: once in the article's.
  const mentions = people
    .flatMap((p) => p.mentions)
    .sort((x, y) => x.start - y.start)
    .filter((m, i, all) => i === 0 || all[i - 1].start !== m.start);
  const live = new Set(people.map((p) => p.id));
  const quoteIndex = new Map<number, number>();
  const quotes = a.quotes.flatMap((q, i) => {
    if (!keep(q)) return [];
    quoteIndex.set(i, quoteIndex.size);
    return [
      {
        ...moveText(q),
        speaker: q.speaker && live.has(q.speaker) ? q.speaker : null,
        speakerMention: q.speakerMention && keep(q.speakerMention) ? moveText(q.speakerMention) : null,
        cue: q.cue && keep(q.cue) ? moveText(q.cue) : null,
      },
    ];
  });
  return {
    text: newText,
    date: a.date,
    // Word offsets are not carried over the edit: the shifted analysis answers without syntax.
    syntax: null,
    model: {
      text: newText,
      dateline: a.model.dateline && keep(a.model.dateline) ? moveText(a.model.dateline) : null,
      bodyStart: a.model.bodyStart >= c.oldEnd ? a.model.bodyStart + delta : a.model.bodyStart,
      paragraphs: a.model.paragraphs.filter(keep).map(move),
      sentences: [],
      tokens: [],
      lex: emptyTokenLayer(),
    },
    people,
    mentions,
    quotes,
    organisations: a.organisations
      .map((o) => ({ ...o, mentions: o.mentions.filter(keep).map(moveText), quotes: o.quotes.filter((i) => quoteIndex.has(i)).map((i) => quoteIndex.get(i)!) }))
      .filter((o) => o.mentions.length > 0),
    times: a.times.filter(keep).map(moveText),
    events: a.events.filter((e) => keep(e.sentence) && keep(e)).map((e) => ({ ...moveText(e), verb: moveText(e.verb), sentence: move(e.sentence), anchor: e.anchor && move(e.anchor) })),
    findings: a.findings
      .filter((f) => keep(f) && (f.quote === undefined || quoteIndex.has(f.quote)))
      .map((f) => ({ ...move(f), quote: f.quote === undefined ? undefined : quoteIndex.get(f.quote) })),
  };
}
