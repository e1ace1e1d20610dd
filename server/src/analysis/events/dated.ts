// Dated events from the parse: each calendar time expression dates the word it modifies (attach.ts), an
// aspectual verb is dated with its complement ("began delving Thursday"), and verbs coordinated after the
// time share it unless the narration moves on ("… and an hour later … reported").
import type { SyntaxLayer, SyntaxWord } from '../syntax/layer';
import { attachTime, isSimultaneousMarker, timeMovesOn, whenClauseVerb, wordsOf } from './attach';
import { childrenOf, hasTense, hyphenatedToken, isNominalGerund } from '../syntax/tree';
import { nounTitle } from './nounTitle';
import { isCounterfactual, isPlanned } from './planned';
import { parseObject } from './object';
import { readSentence } from './reader';
import { LAW_HEADS } from './nouns';
import { BARE_INFINITIVE_VERBS, ASPECTUAL_VERBS, COMPARISON_MARKERS, PREPOSITIONAL_PARTICIPLES, irregularBase, isCompoundAdjective } from './verbs';
import { toAnchor, tokenRange, type Anchor, type EventContext, type VerbAt } from './context';
import { makeEvent, subjectOf } from './titles';
import { Lex } from '../lexicon/vocabulary';

/** The event word as the title inflects it: the token's verb reading (its base from the lemmatiser, `TokenVerbs`), else the lemma. */
export function verbAt(ec: EventContext, syntax: SyntaxLayer, w: SyntaxWord): VerbAt {
  // "Roger Ailes helped found Fox News" (tagged a past tense, of "find"): a verb's complement right after it
  // where a bare infinitive stands is that infinitive, its form its base (was "Ailes finds Fox News").
  if (w.deprel === 'xcomp' && w.head >= 0 && w.head === syntax.tokenWord[w.token] - 1 && BARE_INFINITIVE_VERBS.has(syntax.words[w.head].lemmaId) && syntax.words[syntax.tokenWord[w.token]] === w) {
    return { index: w.token, info: { base: ec.model.text.slice(w.start, w.end).toLowerCase(), form: 'past' } };
  }
  const known = w.xpos.startsWith('VB') ? ec.verbs.at(w.token) : null;
  // (A listed irregular form the word scan keeps out, "fled", "led", before the lemmatiser's guess, "fl".)
  const base = known ? known.base : (w.xpos.startsWith('VB') ? irregularBase(ec.model.lex.lower[w.token]) : undefined) ?? splitVerbBase(ec, syntax, w) ?? w.lemma.toLowerCase();
  return { index: w.token, info: { base, form: w.xpos === 'VBG' ? 'gerund' : 'past' } };
}

/**
 * A verb the tokeniser split at its hyphen ("jump-start": "jump" the parse's verb, "start" its object): the
 * token's parts before the last, then the last part's lemma ("jump-started" → "jump-start"). Undefined for a
 * verb of one part.
 */
function splitVerbBase(ec: EventContext, syntax: SyntaxLayer, w: SyntaxWord): string | undefined {
  if (!w.xpos.startsWith('VB')) return undefined;
  const words = syntax.words;
  const [a, b] = hyphenatedToken(words, ec.model.text, { start: 0, end: words.length }, syntax.tokenWord[w.token]);
  const last = words[b];
  if (a === b || last === w || last.upos === 'PUNCT') return undefined;
  return (ec.model.text.slice(words[a].start, last.start) + last.lemma).toLowerCase();
}

export function datedFromParse(ec: EventContext, syntax: SyntaxLayer): void {
  const { model, people, cast, verbs, quoteDepth } = ec;
  for (const s of model.sentences) {
    const sentenceTimes = ec.timesBySentence.get(s.index) ?? [];
    const anchors = sentenceTimes.map(toAnchor).filter((a): a is Anchor => a !== null);
    const sw = syntax.sentenceWords[s.index];
    const used = new Set<number>();
    const { inTime, objectCtx, parsedSubject } = readSentence(ec, syntax, s);
    for (let k = 0; k < anchors.length; k++) {
      const anchor = anchors[k];
      const [ta, tb] = tokenRange(model.tokens, s, anchor.time);
      if (ta >= tb) continue;
      // Rule events.quoted-time: a time inside a quotation dates nothing outside it (“It’s 3 a.m., and your
      // children are safe,” the announcer said: no "said · 3 a.m."), and what is inside is no event of the story.
      if (quoteDepth[ta]) continue;
      const [wa, wb] = wordsOf(syntax, ta, tb);
      // Rule events.baseline: "to $85.7 million, from $93.3 million a year earlier": a time right after an
      // amount dates the amount compared with, not the event.
      if (followsAmount(syntax.words, sw, wa)) continue;
      // Rule events.name-year: "the Clean Air Act of 1970", "the Justice for Victims of Trafficking Act of 2015":
      // a year after "of" and a law's capitalised name (nouns.json lawHeads) completes the name, and dates no verb
      // of the clause. (Not "In the Hard Hat Riot of 1970, construction workers joined bankers".)
      if (completesName(ec, syntax.words, sw, wa, wb)) continue;
      const at = attachTime(syntax, sw, wa, wb);
      // Rule events.when-clause: "since November, when he was found": the time dates the clause "when" opens
      // after it, whatever it says of the clause before.
      const when = at.relation !== 'at' || !at.event ? whenClauseVerb(syntax.words, sw, wb) : -1;
      if (when >= 0 && !quoteDepth[syntax.words[when].token] && !used.has(syntax.words[when].token) && !isCounterfactual(syntax, sw, when)) {
        used.add(syntax.words[when].token);
        ec.datedSentences.add(s.index);
        const event = makeEvent(ec, s, verbAt(ec, syntax, syntax.words[when]), anchor, { object: parseObject(objectCtx, when), rule: 'events.when-clause' }, parsedSubject(when));
        if (isPlanned(syntax, sw, when)) event.planned = true;
        ec.events.push(event);
      }
      if (at.relation !== 'at' || !at.event) continue;
      const w = syntax.words[at.event.word];
      if (quoteDepth[w.token] || used.has(w.token)) continue;
      // "Trump this week also said": a name the tagger took for a verb is the people stage's, and no event.
      if (people.mentionAt(w.start)) continue;
      // "#The411Coming September 30th": a hashtag or a handle is a label, no event.
      if (isTagged(model.text, w.start)) continue;
      // "the quarter ended Sept. 30", "the year ended July 2": right after a period the participle bounds it
      // (the parser often makes it the clause's verb); it is no event.
      if (at.event.word > sw.start && PREPOSITIONAL_PARTICIPLES.has(w.lemmaId) && inTime(syntax.words[at.event.word - 1].start)) continue;
      if (isCounterfactual(syntax, sw, at.event.word)) continue;
      // "the gun-controlled city", "a short-lived campaign": the parse splits the compound adjective at its hyphen.
      if (w.upos !== 'NOUN' && isCompoundAdjective(model.tokens[w.token].text)) continue;
      used.add(w.token);
      ec.datedSentences.add(s.index);
      const verb = verbAt(ec, syntax, w);
      const subject = parsedSubject(at.event.word);
      const event = makeEvent(ec, s, verb, anchor, { object: parseObject(objectCtx, at.event.word), rule: at.event.rule }, subject);
      if (isPlanned(syntax, sw, at.event.word)) event.planned = true;
      // An event noun is its own title ("Maduro’s capture"), and its word, not its token ("power-grab" is one token).
      // (So is a gerund the tagger called a verb where a determiner shows the noun: "the 2012 shooting at …".)
      if (w.upos === 'NOUN' || isNominalGerund(syntax.words, sw, at.event.word)) event.title = nounTitle(model.text, syntax, sw, at.event.word, inTime, objectCtx.personAt);
      ec.events.push(event);
      // Rule events.aspectual: "began delving Thursday": an aspectual verb happens when its complement does.
      const parent = w.deprel === 'xcomp' && w.head >= 0 ? syntax.words[w.head] : null;
      if (parent && parent.upos === 'VERB' && ASPECTUAL_VERBS.has(parent.lemmaId) && !quoteDepth[parent.token] && !used.has(parent.token)) {
        used.add(parent.token);
        ec.events.push(makeEvent(ec, s, verbAt(ec, syntax, parent), anchor, { dating: 'shared', object: parseObject(objectCtx, w.head), rule: 'events.aspectual' }, parsedSubject(w.head)));
      }
      // Rule events.shared: coordinated verbs after the anchor share it: "spoke with him on January 7 and invited him".
      const nextAnchorStart = k + 1 < anchors.length ? anchors[k + 1].time.start : Infinity;
      for (const c of childrenOf(syntax.words, sw, at.event.word)) {
        const cw = syntax.words[c];
        if (cw.deprel !== 'conj' || cw.upos !== 'VERB' || cw.start < anchor.time.end || cw.start >= nextAnchorStart || quoteDepth[cw.token] || used.has(cw.token)) continue;
        if (isCompoundAdjective(model.tokens[cw.token].text)) continue;
        if (timeMovesOn(syntax.words, wb, c)) continue;
        // "the stock hit a high in 1983 …, but the product was plagued": a conjunct with a subject of its own is
        // another clause, and the time was the first clause's.
        const kids = childrenOf(syntax.words, sw, c);
        if (kids.some((x) => syntax.words[x].deprel.startsWith('nsubj'))) continue;
        // Coordinated by a conjunction ("and invited him", "but still lost the election"): a conjunct with none is
        // most often a clause the parser joined wrongly ("The film, which debuts on Netflix Friday, explores …" with
        // "explores" under "debuts"). PolNeAR dev: 9 of 18 shared events go, 7 of them wrong; TimeBank+AQUAINT
        // precision 0.611 → 0.614, recall 0.517 → 0.513.
        if (!kids.some((x) => syntax.words[x].deprel === 'cc')) continue;
        // "stood at 200,000 in 1972 and has since exploded": a conjunct in the present (or present perfect) after
        // a dated past verb speaks of now, not of the past time.
        if (presentAfterPast(syntax.words, sw, at.event.word, c)) continue;
        // "the ban that passed in 1994 and expired in 2004": a conjunct with a time of its own takes that one.
        if (kids.some((x) => ownsLaterTime(anchors, k, syntax.words[x].start))) continue;
        used.add(cw.token);
        const shared = parsedSubject(c) ?? subject ?? subjectOf(model, verbs, s, verb.index, people, cast);
        ec.events.push(makeEvent(ec, s, verbAt(ec, syntax, cw), anchor, { dating: 'shared', object: parseObject(objectCtx, c), rule: 'events.shared' }, shared));
      }
      // Rule events.shared-when: "Bush implied as much yesterday when reporters asked", "was shot at 10 p.m. as he
      // stood": a clause the dated verb's "when", "as" or "while" opens happens at the same time.
      for (const c of childrenOf(syntax.words, sw, at.event.word)) {
        const cw = syntax.words[c];
        if (cw.deprel !== 'advcl' || cw.upos !== 'VERB' || quoteDepth[cw.token] || used.has(cw.token) || isCompoundAdjective(model.tokens[cw.token].text)) continue;
        const kids = childrenOf(syntax.words, sw, c);
        if (!kids.some((x) => x < c && (syntax.words[x].deprel === 'mark' || syntax.words[x].deprel === 'advmod') && isSimultaneousMarker(syntax.words[x].lemmaId))) continue;
        // A finite clause with a subject of its own: not "while cautioning about …", "quoted … as saying".
        if (!kids.some((x) => syntax.words[x].deprel.startsWith('nsubj')) || !hasTense(syntax.words, c, kids, true)) continue;
        if (kids.some((x) => anchors.some((an) => an.time.start <= syntax.words[x].start && syntax.words[x].start < an.time.end))) continue;
        used.add(cw.token);
        ec.events.push(makeEvent(ec, s, verbAt(ec, syntax, cw), anchor, { dating: 'shared', object: parseObject(objectCtx, c), rule: 'events.shared-when' }, parsedSubject(c)));
      }
    }
  }
}

/** Present-tense forms (Penn tags): "has", "is", "says". */
const PRESENT_TAGS: ReadonlySet<string> = new Set(['VBZ', 'VBP']);

/** The tag that carries verb v's tense: its first auxiliary's, else its own. */
function tenseTag(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number): string {
  const aux = childrenOf(words, sentence, v).find((x) => x < v && (words[x].deprel === 'aux' || words[x].deprel === 'aux:pass'));
  return words[aux ?? v].xpos;
}

/** Rule events.shared-tense: dated verb `v` is in the past and its conjunct `c` in the present ("and has since exploded"). */
function presentAfterPast(words: readonly SyntaxWord[], sentence: { start: number; end: number }, v: number, c: number): boolean {
  return tenseTag(words, sentence, v) === 'VBD' && PRESENT_TAGS.has(tenseTag(words, sentence, c));
}

/** Whether `offset` lies inside one of the sentence's anchors after anchor `k`. */
function ownsLaterTime(anchors: readonly Anchor[], k: number, offset: number): boolean {
  for (let j = k + 1; j < anchors.length; j++) if (anchors[j].time.start <= offset && offset < anchors[j].time.end) return true;
  return false;
}

/** How far back an amount may stand before the time ("$1.16 a share, a year ago"), and its "from" before it. */
const AMOUNT_REACH = 4;
const COMPARISON_REACH = 6;

/**
 * The time's first word follows an amount compared with ("from $93.3 million a year earlier", "than $2 a year
 * ago"): a number or currency amount, a comma at most between, itself after "from" or "than" with no verb
 * between. ("Revenue was $2 billion last year" dates the revenue: no comparison.)
 */
function followsAmount(words: readonly SyntaxWord[], sentence: { start: number; end: number }, first: number): boolean {
  let amount = -1;
  for (let k = first - 1; k >= sentence.start && k >= first - AMOUNT_REACH; k--) {
    const w = words[k];
    if (w.upos === 'NUM' || w.upos === 'SYM') {
      amount = k;
      break;
    }
    if (w.upos === 'VERB' || w.upos === 'AUX' || w.upos === 'ADP' || w.upos === 'SCONJ' || w.upos === 'CCONJ') return false;
  }
  for (let k = amount - 1; amount >= 0 && k >= sentence.start && k >= amount - COMPARISON_REACH; k--) {
    const w = words[k];
    if (w.upos === 'VERB' || w.upos === 'AUX') return false;
    // "for more than four hours Friday": a "than" the parse fixed to its comparative ("more than", "fewer
    // than") says how large the amount is, and compares it with nothing.
    if ((w.upos === 'ADP' || w.upos === 'SCONJ') && COMPARISON_MARKERS.has(w.lemmaId) && w.deprel !== 'fixed') return true;
  }
  return false;
}

/** Words [a, b) are one year ("1970") after "of" after a law's name ("Act", capitalised) that does not open the sentence. */
function completesName(ec: EventContext, words: readonly SyntaxWord[], sentence: { start: number; end: number }, a: number, b: number): boolean {
  if (b - a !== 1 || a - 2 <= sentence.start || words[a].upos !== 'NUM' || !/^\d{4}$/.test(ec.model.text.slice(words[a].start, words[a].end))) return false;
  const of = words[a - 1];
  if (of.upos !== 'ADP' || of.lemma.toLowerCase() !== 'of') return false;
  const name = words[a - 2];
  return (ec.model.lex.flags[name.token] & Lex.CAPITALISED) !== 0 && LAW_HEADS.has(name.lemmaId);
}

/** The word right after "#" or "@" (a hashtag, a social-media handle). */
function isTagged(text: string, start: number): boolean {
  const c = start > 0 ? text.charCodeAt(start - 1) : 0;
  return c === 35 /* # */ || c === 64 /* @ */;
}
