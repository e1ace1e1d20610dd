// Where a cue's source is: the subject to its left (sourceLeftOf, through appositives, relative
// clauses, asides in dashes and time adjuncts), the phrase after an inverted cue (sourceRightOf), the
// main clause's subject of a participle (participleSource) and the possessor of a noun cue
// (nounCueSource). A left source carries `from`, the first token of its phrase, which the strategies
// use to check what stands between a quotation and its credit.
import type { TextSpan } from '../types';
import { Lex } from '../lexicon/vocabulary';
import { childrenOf } from '../syntax/tree';
import { Ctx, type Attribution, personSource } from './context';
import { classify, clauseStart, isCue, nounDeterminer, npLeft, npRight, surnameOf, weakSource } from './phrases';
import {
  ADVERBS,
  DASHES,
  DETERMINERS,
  DOCUMENT_HEADS,
  INNER_NP_LEFT,
  NOUN_COMPLEMENT,
  NO_INVERSION,
  NP_STOP,
  PARTICIPLE_CUES,
  PASSIVE_AUX,
  PRONOUNS,
  SUBJECT_PRONOUNS,
  TIME_LEAD,
  TIME_WORDS,
} from './lexicon';

/** Source to the left of the cue token `cueTok` (subject before its verb), within [limit, cueTok); with `from` set. */
export function sourceLeftOf(c: Ctx, cueTok: number, limit: number, cue: TextSpan): Attribution | null {
  const at = { np: -1 };
  const a = leftSource(c, cueTok, limit, cue, at);
  if (!a) return null;
  // A source found through another cue's subject ("X and said") keeps that one's phrase start.
  const from = a.from ?? at.np;
  return coordinated(c, { ...a, from }, limit) ?? { ...a, from };
}

/**
 * Rule quotes.coordinated-subject: "Smith and Jones wrote", "Cruz, Rubio and Kasich said" credit every
 * name of the coordination. Only names of distinct people count, and the coordination must open its
 * clause or follow a comma (not "a meeting with Smith and Jones said"). Returns the attribution with
 * `speakers` (text order, the first is `person`) and a mention over the whole coordination, or null.
 */
function coordinated(c: Ctx, a: Attribution, limit: number): Attribution | null {
  if (a.kind !== 'person' || !a.person || !a.mention || a.from === undefined || a.from < 0) return null;
  const ids = [a.person];
  let first = a.from;
  let firstStart = a.mention.start;
  let k = a.from - 1;
  let sawAnd = false;
  while (k - 1 >= limit) {
    const w = c.lw(k);
    if (w === 'and' && !sawAnd && k === first - 1) sawAnd = true;
    else if (!(c.tokens[k].text === ',' && k === first - 1)) break;
    // The name before the connective, ending right before it.
    const m = c.mentionAt(k - 1);
    if (!m || m.kind !== 'name' || c.isPossessiveWord(k - 1) || ids.includes(m.person)) break;
    let s = k - 1;
    while (s - 1 >= limit && c.tokens[s - 1].start >= m.start) s--;
    ids.unshift(m.person);
    first = s;
    firstStart = m.start;
    k = s - 1;
    // "Smith, Jones and Brown": after the "and", only commas may join more names.
  }
  if (!sawAnd || ids.length < 2) return null;
  // Inside a prepositional phrase the names are an object, not the subject.
  if (first - 1 >= limit && c.isWord(first - 1) && c.is(first - 1, Lex.PREPOSITION)) return null;
  const mention = { start: firstStart, end: a.mention.end, text: c.model.text.slice(firstStart, a.mention.end) };
  return { ...a, person: ids[0], speakers: ids, mention, from: first };
}

/** sourceLeftOf's walk; `at.np` is the first token of the phrase it settled on. */
function leftSource(c: Ctx, cueTok: number, limit: number, cue: TextSpan, at: { np: number }): Attribution | null {
  let k = cueTok - 1;
  for (;;) {
    // A capitalised "Will" before the cue is George Will when the article has him, not an adverb or a modal.
    while (k >= limit && c.isWord(k) && (ADVERBS.has(c.id(k)) || (c.lowerStart(k) && c.lw(k).endsWith('ly') && c.lw(k).length > 4)) && !(k === cueTok - 1 && surnameOf(c, k))) k--;
    // Time adjuncts between subject and verb: "Trump, …, on Friday described", "Clinton last week said".
    if (k >= limit && (TIME_WORDS.has(c.id(k)) || (c.tokens[k].kind === 'number' && /^(1[89]|20)\d\d$/.test(c.tokens[k].text)))) {
      k--;
      while (k >= limit && TIME_LEAD.has(c.id(k))) k--;
      continue;
    }
    break;
  }
  if (k < limit) return null;
  // "John Dickey, the chief executive of Ora Media -- the company that …, which … -- told me": the subject
  // stands before an aside in dashes.
  let aside = false;
  if (DASHES.has(c.id(k)) && k - 1 > limit) {
    let j = k - 1;
    while (j > limit && k - j < 60 && !DASHES.has(c.id(j)) && !c.isTerminal(j) && (c.quoteOf[j] < 0 || c.inNickname(j))) j--;
    if (j > limit && DASHES.has(c.id(j)) && c.isWord(j - 1)) {
      k = j - 1;
      aside = true;
    }
  }
  const t = c.tokens[k];
  const w0 = c.lw(k);
  at.np = k;
  if (aside) {
    const m = c.mentionAt(k);
    if (m && m.kind !== 'pronoun') return personSource(m, cue);
  }
  if (!c.mentionAt(k) && w0 !== 'who' && w0 !== 'and' && w0 !== 'but') {
    // "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said" /
    // "Katie Packer, who is chairman of Our Principles Pac said": the name before the first comma.
    const named = leadingNamedSegment(c, limit, k, cue, aside, at);
    if (named) return named;
  }
  if (w0 === 'and' || w0 === 'but') {
    // "Trump furrowed his brow and said": the subject of the first verb.
    return participleSource(c, k, clauseStart(c, k, -1), cue);
  }
  if (w0 === 'which' && k - 1 >= limit && c.tokens[k - 1].text === ',') {
    // "the Associated Press report, which notes, “…”": the relative pronoun stands for the phrase before it.
    const e = k - 2;
    const s0 = e >= limit ? npLeft(c, e, Math.max(limit, clauseStart(c, e, -1))) : -1;
    const a = s0 >= 0 ? classify(c, s0, e, true, cue) : null;
    if (a && a.kind !== 'anonymous') return a;
  }
  if (w0 === 'who') {
    // "Mike Lee, who declared …": the relative pronoun stands for the name before it.
    const who = c.span(k, k);
    let j = k - 1;
    if (j >= 0 && c.tokens[j].text === ',') j--;
    if (j < 0) return null;
    const m = c.mentionAt(j);
    if (m) return { kind: 'person', person: m.person, mention: who, cue };
    const s0 = npLeft(c, j, Math.max(0, clauseStart(c, j, -1)));
    // Rule quotes.relative-apposition: the phrase "who" stands for is a named person's apposition ("and John
    // Bentel, a tech staffer at the State Department who told his subordinates never to speak of …", Politico):
    // that person, not an anonymous source.
    const named = s0 >= 2 && c.tokens[s0 - 1].text === ',' ? c.mentionAt(s0 - 2) : undefined;
    if (named && named.kind === 'name') return { kind: 'person', person: named.person, mention: who, cue, rule: 'quotes.relative-apposition' };
    const a = s0 >= 0 ? classify(c, s0, j, true, cue) : null;
    return a ? { ...a, mention: who } : { kind: 'description', person: null, mention: who, cue };
  }
  if (t.text === ',') {
    // Appositive: "Smith, the campaign's spokesman, said" / "Trump, who does not drink, said".
    let j = k - 1;
    const floor = Math.max(limit, k - 30);
    while (j >= floor && c.tokens[j].text !== ',' && (c.tokens[j].kind !== 'quote' || c.isLooseApostrophe(j) || c.inNickname(j)) && !c.isTerminal(j)) j--;
    if (j >= floor && c.tokens[j].text === ',') {
      // "his top aide, Tad Devine, told": a name in the appositive is the source.
      if (k - 1 - j <= 5) {
        const m = c.mentionAt(k - 1);
        if (m && m.kind === 'name' && m.end >= c.tokens[k - 1].end) {
          at.np = j + 1;
          return personSource(m, cue);
        }
      }
      // "Scott's niece, state Del. Marcia "Cia" Price (D-Newport News), shouted": a name the people stage
      // missed still names the source better than the description before it.
      let e = k - 1;
      if (c.tokens[e].text === ')') {
        while (e > j && c.tokens[e].text !== '(') e--;
        e--;
      }
      if (e > j && c.isWord(e) && c.upper(e) && npLeft(c, e, j + 1) === j + 1) {
        let r = e;
        // The name is the capitalised run before the parenthesis, after any abbreviated title ("Del.").
        while (r - 1 > j && ((c.isWord(r - 1) && c.upper(r - 1) && c.tokens[r].text !== '.') || c.inNickname(r - 1))) r--;
        if (e > r) {
          at.np = j + 1;
          // (Found by the people stage, nickname and all: that person.)
          const m = c.mentionAt(e);
          if (m && m.kind === 'name' && m.start <= c.tokens[r].start) return personSource(m, cue);
          return { kind: 'description', person: null, mention: c.span(r, e), cue };
        }
      }
      k = j - 1;
    } else k = k - 1; // "Kasich (R-OH), said"
    if (k < limit) return null;
  }
  if (c.tokens[k].text === ')') {
    let j = k - 1;
    while (j >= limit && c.tokens[j].text !== '(') j--;
    if (j <= limit) return null;
    k = j - 1;
  }
  let s = npLeft(c, k, limit);
  if (s < 0) return null;
  s = coordinateAdjectives(c, s, limit);
  if (PRONOUNS.has(c.id(k))) s = k; // "At the bottom it reads"
  // "PolitiFact rated 32% of Republican claims as “false”": a noun phrase right after a preposition is its
  // object, so the word after it is no verb of which it could be the subject.
  else if (s > limit && INNER_NP_LEFT.has(c.id(s - 1)) && !c.mentionAt(k)) return null;
  // "Protesters marching through the streets chanted": past a participle and its preposition to the subject.
  else if (s - 2 > limit && c.is(s - 1, Lex.PREPOSITION) && c.lw(s - 2).endsWith('ing') && c.isWord(s - 3) && !c.mentionAt(k)) {
    const s2 = npLeft(c, s - 3, limit);
    if (s2 >= 0) {
      at.np = Math.min(s2, at.np);
      return classify(c, s2, s - 3, true, cue);
    }
  }
  at.np = Math.min(s, at.np);
  return classify(c, s, k, true, cue);
}

/**
 * "the bespectacled, 71-year-old diplomat said": adjectives before a comma inside the subject belong to
 * it, with their determiner. Read from the parse (every word between the determiner and the comma an
 * adjective or a past participle); without one the phrase starts after the comma, as before. Returns the phrase's first token.
 */
function coordinateAdjectives(c: Ctx, s: number, limit: number): number {
  const syn = c.syntax;
  if (!syn || s - 3 < limit || c.tokens[s - 1].text !== ',') return s;
  let d = s - 2;
  while (d >= limit && s - 2 - d < 3 && c.isWord(d) && !DETERMINERS.has(c.id(d))) {
    const w = syn.words[syn.tokenWord[d]];
    // A participle serves as an adjective there too ("the bespectacled, …").
    if (!w || !(w.upos === 'ADJ' || w.xpos === 'VBN')) return s;
    d--;
  }
  return d >= limit && d < s - 2 && DETERMINERS.has(c.id(d)) ? d : s;
}

/** The first comma-separated segment of [limit, k] that is a person's name, when a relative clause or appositive follows it. */
function leadingNamedSegment(c: Ctx, limit: number, k: number, cue: TextSpan, aside: boolean, at: { np: number }): Attribution | null {
  let segStart = limit;
  let hasRelative = false;
  for (let j = limit; j <= k; j++) {
    if ((c.quoteOf[j] >= 0 && !c.inNickname(j)) || c.isTerminal(j)) return null;
    const w = c.lw(j);
    if (w === 'who' || w === 'whose') hasRelative = true;
  }
  if (!hasRelative && !aside && c.tokens[k].text !== ',') return null;
  for (let j = limit; j <= k; j++) {
    if (c.tokens[j].text !== ',') continue;
    const end = j - 1;
    if (end >= segStart) {
      const first = c.lw(segStart);
      const skip = NP_STOP.has(c.id(segStart)) || first === 'according' || PARTICIPLE_CUES.has(c.id(segStart)) || TIME_WORDS.has(c.id(segStart));
      if (!skip && npLeft(c, end, segStart) === segStart) {
        const m = c.mentionAt(end);
        if (m && m.kind !== 'pronoun') {
          at.np = segStart;
          return personSource(m, cue);
        }
      }
    }
    segStart = j + 1;
  }
  return null;
}

/**
 * Rule quotes.relative-subject: the subject of a cue in a relative clause is the noun the clause
 * modifies ("a message that said, “Sorry, …”", "water bottles that said, “…”"). From the parse (the
 * cue is the `acl:relcl` of the noun right before the relative pronoun); without one, only a document
 * noun is read this way ("a message that said").
 */
export function relativeSource(c: Ctx, cueTok: number, limit: number, cue: TextSpan): Attribution | null {
  const rel = cueTok - 1;
  const noun = cueTok - 2;
  if (noun < limit || (c.lw(rel) !== 'that' && c.lw(rel) !== 'which') || !c.isWord(noun)) return null;
  const parsed = relativeClauseOf(c, cueTok, noun);
  if (parsed === false || (parsed === null && !DOCUMENT_HEADS.has(c.id(noun)))) return null;
  const s = npLeft(c, noun, limit);
  if (s < 0) return null;
  const a = classify(c, s, noun, true, cue);
  return a ? { ...a, from: s, rule: 'quotes.relative-subject' } : null;
}

/** Is the verb at `verbTok` a relative clause on the noun at `nounTok` (from the parse; null without one)? */
function relativeClauseOf(c: Ctx, verbTok: number, nounTok: number): boolean | null {
  const s = c.syntax;
  if (!s) return null;
  const w = s.words[s.tokenWord[verbTok]];
  if (!w || w.deprel !== 'acl:relcl' || w.head < 0) return false;
  return s.words[w.head].token === nounTok;
}

/**
 * Rule quotes.colon-subject: the subject of the clause a colon closes ("As if addressing the magnate
 * directly, the Illinois Board of Elections was conclusive in its findings: “…”"), from the parse: its
 * first `nsubj`, with the words it governs. Null without a parse, or when the subject is
 * an expletive or neuter pronoun ("it gets better:") that names no source.
 */
export function colonSubject(c: Ctx, colon: number, start: number, cue: TextSpan): Attribution | null {
  const syn = c.syntax;
  if (!syn || colon <= start) return null;
  const first = syn.tokenWord[start];
  const end = syn.tokenWord[colon];
  const inside = (i: number) => i >= first && i < end;
  // The first subject of the clause outside quotations (a fronted phrase has none; the parse's choice of
  // a head is less sure than its subjects).
  // Its predicate must be a verb or a copula's complement ("was conclusive"): "Then, later that month on
  // CNN:" has no clause, whatever the parse makes of it.
  const clause = { start: first, end };
  const predicate = (h: number) => inside(h) && (syn.words[h].upos === 'VERB' || childrenOf(syn.words, clause, h).some((j) => syn.words[j].deprel === 'cop'));
  let subj = -1;
  for (let i = first; i < end && subj < 0; i++) {
    if (syn.words[i].deprel.startsWith('nsubj') && c.quoteOf[syn.words[i].token] < 0 && predicate(syn.words[i].head)) subj = i;
  }
  if (subj < 0) return null;
  // The subject's phrase: the words it governs, directly or not.
  let lo = subj;
  let hi = subj;
  for (let i = first; i < end; i++) {
    let a = i;
    for (let hops = 0; a >= 0 && a !== subj && inside(a) && hops < 40; hops++) a = syn.words[a].head;
    if (a === subj) {
      lo = Math.min(lo, i);
      hi = Math.max(hi, i);
    }
  }
  const s = syn.words[lo].token;
  const e = syn.words[hi].token;
  const headTok = syn.words[subj].token;
  if (s === e && !SUBJECT_PRONOUNS.has(c.id(s))) {
    if (PRONOUNS.has(c.id(s)) || !c.mentionAt(s)) return null;
  }
  return classify(c, s, e, headTok === e, cue);
}

/** Source to the right of an inverted cue ("said Caddell", "according to a senior official"), within (cueEnd, limit]. */
export function sourceRightOf(c: Ctx, from: number, limit: number, cue: TextSpan): Attribution | null {
  let k = from;
  if (k > limit) return null;
  const e = npRight(c, k, limit);
  if (e < 0) return null;
  return classify(c, k, e, false, cue);
}

/** Source of a participial cue: the main clause's subject (first person named in the clause). */
export function participleSource(c: Ctx, cueTok: number, start: number, cue: TextSpan | null): Attribution | null {
  // "“…,” Hollande said Tuesday, noting …": the clause after the last quotation.
  for (let k = cueTok - 1; k >= start; k--) {
    if (c.quoteOf[k] >= 0) {
      // Read with the parse, only a quotation that opens the clause, or an item of the same list ("“Law and
      // Order,” and, yes, “Sanity.”"), starts it: one inside the clause ("during a “Commander-in-Chief Forum”
      // sponsored by NBC News and said …", "claimed “Trump exaggerates” … and concluded") is part of it,
      // and the clause's subject stands before it (Clinton, PolitiFact).
      const open = c.raw[c.quoteOf[k]].openTok;
      if (c.syntax && open - 1 > start && !listGlue(c, k + 1, cueTok)) {
        k = open;
        continue;
      }
      start = k + 1;
      break;
    }
  }
  // "Ryan and Trump will meet next week, Spicer said, adding, “…”": the subject of the cue before it.
  // A weak subject ("it attacked Trump, saying …") still rules out the names after its verb.
  let weakSubject: Attribution | null = null;
  let verbAt = cueTok;
  if (cue) {
    for (let v = cueTok - 1; v >= start; v--) {
      if (!isCue(c, v) || c.quoteOf[v] >= 0) continue;
      if (v - 1 >= start && (nounDeterminer(c, v - 1, start) || PASSIVE_AUX.has(c.id(v - 1)))) continue;
      const a = sourceLeftOf(c, v, start, cue);
      if (a && !weakSource(a)) return a;
      if (a) {
        weakSubject = a;
        verbAt = v;
      }
      break;
    }
  }
  if (start < cueTok && SUBJECT_PRONOUNS.has(c.id(start)) && !c.mentionAt(start)) {
    // "He praised his rival, Hillary Clinton, saying …": an unresolved subject pronoun still is the subject.
    return { kind: 'description', person: null, mention: c.span(start, start), cue };
  }
  // A participial phrase opening the clause ("Preceded at the lectern by Joe Arpaio, the Arizona sheriff …,
  // Trump launched into …") is no subject: the clause's own words start after its comma.
  let from = start;
  if (c.isWord(start) && /(?:ed|ing)$/.test(c.lw(start)) && !c.mentionAt(start)) {
    for (let k = start + 1; k < verbAt; k++) {
      if (c.tokens[k].text === ',' && c.quoteOf[k] < 0) {
        from = k + 1;
        break;
      }
    }
  }
  for (let k = from; k < verbAt; k++) {
    if (c.quoteOf[k] >= 0 || c.isPossessiveWord(k)) continue;
    const m = c.mentionAt(k);
    if (m) return personSource(m, cue);
  }
  if (weakSubject) return weakSubject;
  // A fronted participle ("Speaking to MSNBC, Trump said …"): the subject after its phrase.
  if (start === cueTok || c.tokens[cueTok - 1].text === ',' || ADVERBS.has(c.id(cueTok - 1)) || c.upper(cueTok - 1) && cueTok - 1 === start) {
    let k = cueTok + 1;
    while (k < c.tokens.length && k - cueTok < 15 && c.paraOf[k] === c.paraOf[cueTok] && c.tokens[k].text !== ',' && c.quoteOf[k] < 0) k++;
    if (k < c.tokens.length && c.tokens[k].text === ',') {
      const m = c.mentionAt(k + 1);
      if (m) return personSource(m, cue);
    }
  }
  const e = npRight(c, start, cueTok - 1);
  if (e < 0) return null;
  return classify(c, start, e, false, cue);
}

/**
 * Tokens [from, to) only join items of a list: punctuation, a coordinator, an adverb ("“Peace Through
 * Strength,” “Law and Order,” and, yes, “Sanity.”"), so the quotation before them and the one after are items
 * of one list.
 */
function listGlue(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!c.isWord(k) || c.is(k, Lex.COORDINATOR) || ADVERBS.has(c.id(k))) continue;
    // ("yes", "too": the parse's interjections and adverbs.)
    const u = c.wordAt(k)?.upos ?? '';
    if (u !== 'INTJ' && u !== 'ADV' && u !== 'CCONJ') return false;
  }
  return true;
}

/** A noun cue introduces the quotation ("Petro’s comment that he was “…”"), rather than being the subject of another verb. */
export function nounCueGoverns(c: Ctx, k: number, open: number): boolean {
  return k + 1 === open || NOUN_COMPLEMENT.has(c.id(k + 1));
}

/** Source of a noun cue: possessor ("Petro’s comment") or by/from phrase ("a statement from the campaign"). */
export function nounCueSource(c: Ctx, cueTok: number, limit: number, rightLimit: number, cue: TextSpan): Attribution | null {
  let k = cueTok - 1;
  let hops = 0;
  // Modifiers between the possessor and the noun: "her recent comment", "her March comment" (a month or weekday is capitalised).
  const modifier = (j: number) => c.lowerStart(j) || c.is(j, Lex.MONTH | Lex.WEEKDAY);
  while (k >= limit && hops < 2 && c.isWord(k) && modifier(k) && !c.isPossessiveWord(k) && !DETERMINERS.has(c.id(k))) {
    k--;
    hops++;
  }
  if (k >= limit && c.isWord(k) && c.isPossessiveWord(k)) {
    const m = c.mentionAt(k);
    if (m) return personSource(m, cue);
    if (c.is(k, Lex.POSSESSIVE)) return { kind: 'description', person: null, mention: c.span(k, k), cue };
    const s = npLeft(c, k, limit);
    if (s >= 0) return classify(c, s, k, true, cue);
  }
  const nx = cueTok + 1;
  if (nx <= rightLimit && (c.lw(nx) === 'by' || c.lw(nx) === 'from')) return sourceRightOf(c, nx + 1, rightLimit, cue);
  return null;
}

/** "…, said Trump, “…”": an inverted source before the quotation must be followed by punctuation or the quotation. */
export function invertedBefore(c: Ctx, k: number, open: number, cue: TextSpan): Attribution | null {
  if (NO_INVERSION.has(c.id(k))) return null;
  const e = npRight(c, k + 1, open - 1);
  if (e < 0) return null;
  const nx = e + 1;
  if (!(c.tokens[nx].text === ',' || c.tokens[nx].text === ':' || (nx === open && c.mentionAt(e)?.kind === 'name'))) return null;
  return classify(c, k + 1, e, false, cue);
}
