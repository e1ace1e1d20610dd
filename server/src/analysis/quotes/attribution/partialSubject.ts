// Rule quotes.partial-subject: a partial quotation with no cue of its own takes its clause's subject as
// its source — a person, an organisation, a document or an anonymous source ("Clinton on Monday ripped
// into Sanders for his “bad” votes", "Across Asia, officials are wary of the “isolationist” turn").
import type { TextSpan } from '../../types';
import { Ctx, type Attribution } from '../context';
import { childrenOf } from '../../syntax/tree';
import { classify, clauseStart } from '../phrases';
import { participleSource } from '../sources';

/** Words read for an opening phrase before the subject ("For now, …"). */
const OPENING_PHRASE = 5;

export function partialSubject(c: Ctx, qi: number): Attribution | null {
  const q = c.raw[qi];
  let st = clauseStart(c, q.openTok, qi);
  // An opening phrase ("For now, the administration waves off …") is not the subject: start after its comma.
  for (let k = st; k < Math.min(q.openTok, st + OPENING_PHRASE); k++) {
    if (c.mentionAt(k)) break;
    if (c.tokens[k].text === ',') {
      st = k + 1;
      break;
    }
  }
  // Any subject counts; an unnamed phrase only when it is the clause's first two words: a longer walk may
  // have gone past the verb ("The ad targets a …", "the administration waves off the delay"). When the word
  // scan's subject is no such source, the parse's named subject may be ("PolitiFact rated … as “false” or
  // “pants on fire”").
  const bare = (m: TextSpan) => m.start === c.tokens[st].start && m.text.split(/\s+/).length <= 2;
  const usable = (a: Attribution | null): a is Attribution => !!a && !!a.mention && (a.kind !== 'description' || bare(a.mention));
  const scanned = participleSource(c, q.openTok, st, null);
  const sa = usable(scanned) ? scanned : parsedSubject(c, q.openTok, q.closeTok, st);
  return usable(sa) ? { ...sa, cue: null, rule: 'quotes.partial-subject' } : null;
}

/** Heads climbed from the quotation to the verb whose subject it takes ("rated … as “false”": obl → rated). */
const MAX_CLIMB = 4;
/** Dependents that belong to a subject's noun phrase ("the fact-checking website PolitiFact"). */
const NP_PARTS: ReadonlySet<string> = new Set(['det', 'compound', 'flat', 'amod', 'nmod:poss', 'case', 'nummod']);

/**
 * The subject of the verb the quotation depends on, from the parse, when the word scan found none (it walks
 * a phrase up to the quotation: "PolitiFact rated 32% of Republican claims as “false”"). The subject must
 * stand in the clause, before the quotation and outside any quotation.
 */
function parsedSubject(c: Ctx, open: number, close: number, st: number): Attribution | null {
  const layer = c.syntax;
  if (!layer) return null;
  const words = layer.words;
  let w = -1;
  for (let k = open + 1; k < close && w < 0; k++) if (c.isWord(k)) w = layer.tokenWord[k];
  if (w < 0) return null;
  const first = words[w];
  // The quotation's own head: climb while the head lies inside the quotation.
  while (words[w].head >= 0 && words[words[w].head].token > open && words[words[w].head].token < close) w = words[w].head;
  const all = { start: 0, end: words.length };
  for (let hops = 0; hops < MAX_CLIMB && words[w].head >= 0; hops++) {
    w = words[w].head;
    if (words[w].token >= open || words[w].token < st) return null;
    if (words[w].upos !== 'VERB') continue;
    const subj = childrenOf(words, all, w).find((x) => words[x].deprel === 'nsubj');
    // A name: common-noun subjects found this way were mostly wrong ("the network" canceled “Minority Report”).
    if (subj === undefined || words[subj].upos !== 'PROPN') return null;
    let a = subj;
    for (const x of childrenOf(words, all, subj)) if (x < a && NP_PARTS.has(words[x].deprel)) a = x;
    const s = words[a].token;
    const e = words[subj].token;
    if (s < st || e >= open || first.token <= e) return null;
    for (let k = s; k <= e; k++) if (c.quoteOf[k] >= 0) return null;
    // A person or an organisation ("others used the hashtag “OpenDoorsNice”" is no source).
    const found = classify(c, s, e, true, null);
    return found && (found.kind === 'person' || found.kind === 'organisation') ? found : null;
  }
  return null;
}
