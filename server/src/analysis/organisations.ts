// The article's organisations: the name tagger's organisation names, grouped by name, and the named
// sources of quotations credited to an organisation ("according to CNN", "the Pentagon said"), which are
// never people. A quotation whose source is one of them lists it (`quotes`: indices into the quotes).
import type { Organisation, Person, Quote, Span, TextModel } from './types';
import { Lex } from './lexicon/vocabulary';
import { containmentTest, firstOverlapping, tokenIndexAt } from './text/lookup';
import type { SyntaxLayer } from './syntax/layer';

/** The name an organisation is listed by: without a leading article or a possessive ending ("the Pentagon's" → "Pentagon"). */
function nameOf(model: TextModel, span: Span): { start: number; name: string } {
  let start = span.start;
  const i = tokenIndexAt(model.tokens, start);
  if (i >= 0 && i < model.tokens.length && model.lex.flags[i] & Lex.ARTICLE && model.tokens[i].start === start) {
    const next = model.tokens[i + 1];
    if (next && next.start < span.end) start = next.start;
  }
  const name = model.text.slice(start, span.end).replace(/['’]s$/u, '').replace(/\s+/g, ' ');
  return { start, name };
}

/**
 * Capitalised words inside a quotation that the tagger reads as no proper noun ("It was a Great Honor to speak
 * with …": a speaker's capitals, not a name). Without a syntax layer nothing is ruled out this way.
 */
function quotedCapitals(model: TextModel, span: Span, inQuote: (start: number, end: number) => boolean, syntax: SyntaxLayer | null): boolean {
  if (!syntax || !inQuote(span.start, span.end)) return false;
  const t = tokenIndexAt(model.tokens, span.start);
  if (t < 0 || t >= syntax.tokenWord.length) return false;
  for (let i = syntax.tokenWord[t]; i < syntax.words.length && syntax.words[i].start < span.end; i++) if (syntax.words[i].upos === 'PROPN') return false;
  return true;
}

export function findOrganisations(model: TextModel, spans: readonly Span[], quotes: readonly Quote[], people: readonly Person[], times: readonly Span[] = [], syntax: SyntaxLayer | null = null): Organisation[] {
  const byKey = new Map<string, Organisation>();
  // Where each organisation is mentioned already: a name met again costs a look-up, not a scan.
  const seenAt = new Map<Organisation, Set<number>>();
  // A person's name or one of its words is no organisation ("Obama" the tagger read as one in "Obama's team").
  const personWords = new Set<string>();
  for (const p of people) for (const n of [p.name, ...p.aliases]) for (const w of [n, ...n.split(' ')]) personWords.add(w.toLowerCase());
  const add = (span: Span): Organisation | null => {
    const { start, name } = nameOf(model, span);
    // Named organisations only: "the ministry said" names no organisation.
    if (!/^\p{Lu}/u.test(name) || span.end <= start) return null;
    const key = name.toLowerCase();
    // (Nor a family by a person's surname: "the Clintons", "both Clintons".)
    if (personWords.has(key) || (key.endsWith('s') && !key.includes(' ') && personWords.has(key.slice(0, -1)))) return null;
    // A wire dateline's city or a shouted headline ("WASHINGTON (AP) —"): capitals throughout, no acronym.
    const words = name.split(' ');
    if (words.every((w) => w === w.toUpperCase()) && (words.length > 1 || name.length > 4)) return null;
    let org = byKey.get(key);
    if (!org) {
      byKey.set(key, (org = { id: '', name, mentions: [], quotes: [] }));
      seenAt.set(org, new Set());
    }
    const at = seenAt.get(org)!;
    if (!at.has(start)) {
      at.add(start);
      org.mentions.push({ start, end: span.end, text: model.text.slice(start, span.end) });
    }
    return org;
  };
  // Rule orgs.in-time: no name inside a time expression ("LOS ANGELES, Feb. 2 (UPI)": "Feb." read as one;
  // "Super Tuesday"). A time inside a name leaves it a name ("Daily Beast", "CBS This Morning"). Both lists are in text order.
  let t = 0;
  const inQuote = containmentTest(quotes);
  for (const s of spans) {
    while (t < times.length && times[t].end <= s.start) t++;
    if (t < times.length && times[t].start <= s.start && s.end <= times[t].end) continue;
    if (!quotedCapitals(model, s, inQuote, syntax)) add(s);
  }
  // Rule orgs.wire-agency: the agency in a wire dateline's parentheses ("LOS ANGELES, Sept. 28 (UPI) —"), which the
  // name tagger, reading the dateline as a sentence of its own, does not always call an organisation.
  for (const s of model.sentences) {
    if (!s.wire) continue;
    let open = s.tokenStart;
    while (open < s.tokenEnd && model.tokens[open].text !== '(') open++;
    let close = open + 1;
    while (close < s.tokenEnd && model.tokens[close].text !== ')') close++;
    if (close < s.tokenEnd && close > open + 1 && model.lex.flags[open + 1] & Lex.CAPITALISED) add({ start: model.tokens[open + 1].start, end: model.tokens[close - 1].end });
  }
  quotes.forEach((q, index) => {
    if (q.status !== 'organisation' || !q.speakerMention) return;
    const m = q.speakerMention;
    // The tagger's name inside the source's words ("a spokesman for the Pentagon"), else the words themselves.
    const inside = firstOverlapping(spans, m.start, m.end);
    const org = add(inside ?? m);
    // Quotations come in order: one already listed is the last.
    if (org && org.quotes[org.quotes.length - 1] !== index) org.quotes.push(index);
  });
  const list = [...byKey.values()];
  for (const o of list) o.mentions.sort((a, b) => a.start - b.start);
  list.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  list.forEach((o, i) => (o.id = `org${i + 1}`));
  return list;
}
