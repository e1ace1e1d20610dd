// Quotations and their attribution: pairs quotation marks (marks.ts), tells speech and writing from
// terms (kinds.ts), then tries the attribution strategies in the order news copy uses them
// (attribution/*.ts, one rule each: a credit after the quotation, before it, at the end of its
// sentence, in the sentence before), falling back on continuation of the previous speaker
// (continuation.ts). Each quotation records the id of the rule that credited it (`Quote.rule`).
import type { Finding, Quote, QuoteStatus, Span, TextModel } from '../types';
import type { PeopleResult } from '../people';
import type { SyntaxLayer } from '../syntax/layer';
import { computeBlocks, scanMarks } from './marks';
import { Ctx, type Attribution } from './context';
import { isMarkupValue, isNickname, isPartial, quoteKind } from './kinds';
import { PRONOUNS } from './lexicon';
import { weakSource } from './phrases';
import { attributeAfter } from './attribution/after';
import { attributeBefore, introducedBy } from './attribution/before';
import { attributeSentenceEnd } from './attribution/sentenceEnd';
import { attributePreviousSentence, subjectOfPreviousSentence } from './attribution/previousSentence';
import { sharedCredits, sharedTrailingCredit } from './attribution/shared';
import { transcriptLabel } from './attribution/transcript';
import { colonLeadIn, sentenceLeadIn } from './attribution/colon';
import { dashCredit, dashParagraphCredit } from './attribution/dash';
import { partialSubject } from './attribution/partialSubject';
import { reportedLeadIn } from './attribution/reportedLeadIn';
import { documentLeadIn } from './attribution/documentLeadIn';
import { soSays } from './attribution/soSays';
import { betweenParagraphs } from './attribution/betweenParagraphs';
import { viaOf } from './attribution/via';
import { paragraphPerson } from './attribution/paragraph';
import { continuationOf, previousSpoken } from './continuation';
import { closingPoints } from './closing';
import { anonymousParaphrases } from './anonymous';
import { unattributedQuoteFinding } from '../rules/unattributed-quote';
import { unbalancedQuoteFinding } from '../rules/unbalanced-quote';
import { anonymousSourceFinding } from '../rules/anonymous-source';

export type { RawQuote } from './marks';

/**
 * Finds the article's quotations and their sources; reports unattributed quotations, unbalanced marks and anonymous sources.
 * `syntax` (the article's parse, when a model is loaded) lets a few strategies read a cue's complements; without it they fall back on the words.
 */
export function findQuotes(model: TextModel, people: PeopleResult, extraCues: readonly string[] = [], syntax: SyntaxLayer | null = null): { quotes: Quote[]; findings: Finding[]; unclosed: Span[] } {
  const blockInfo = computeBlocks(model);
  const scan = scanMarks(model, blockInfo);
  const c = new Ctx(model, people, scan.quotes, blockInfo, new Set(extraCues.map((w) => w.toLowerCase())), syntax);
  for (let qi = 0; qi < c.raw.length; qi++) if (isNickname(c, qi)) c.nickname[qi] = 1;
  const credits = sharedCredits(c);
  const quotes: Quote[] = [];
  const findings: Finding[] = [];
  const anonSeen = new Set<string>();
  let lastPersonSpeaker: string | null = null;
  /** Index of the last quotation that is not a term (continuation looks past terms). */
  let lastSpoken = -1;

  const paraFirstTok = new Int32Array(c.blockCount).fill(-1);
  for (let k = c.tokens.length - 1; k >= 0; k--) paraFirstTok[c.paraOf[k]] = k;

  for (let qi = 0; qi < c.raw.length; qi++) {
    const q = c.raw[qi];
    const partial = isPartial(c, qi);
    let a: Attribution | null;
    if (partial) {
      // “an orange buffoon,” Susan said: a fragment closed by a comma and followed by its cue.
      const innerLast = c.tokens[q.closeTok - 1];
      const after = innerLast && innerLast.text === ',' ? attributeAfter(c, qi) : null;
      a = after ?? attributeBefore(c, qi, true) ?? attributeAfter(c, qi) ?? attributeSentenceEnd(c, qi);
    }
    else {
      // A quotation introduced by a cue clause and a colon or comma ("Bolton told host Matt Boyle, “…”")
      // belongs to that clause, even when a later cue follows it.
      const before = introducedBy(c, qi) ? attributeBefore(c, qi) : null;
      a = before && before.cue && before.cue.text !== ':' ? before : dashCredit(c, qi) ?? attributeAfter(c, qi) ?? before ?? attributeBefore(c, qi);
    }
    let continued = false;
    if (!a && partial) a = partialSubject(c, qi);
    if (!a || weakSource(a)) {
      // “a good thing” … “frankly good information,” he remarked: one trailing credit for the sentence's quotes.
      const shared = sharedTrailingCredit(c, qi, credits);
      if (shared && (!a || shared.kind === 'person')) a = shared;
    }
    if (!a && !partial) a = transcriptLabel(c, qi) ?? attributeSentenceEnd(c, qi) ?? colonLeadIn(c, qi, paraFirstTok) ?? sentenceLeadIn(c, qi, paraFirstTok) ?? dashParagraphCredit(c, qi);
    if (!a && !partial) a = attributePreviousSentence(c, qi);
    if (!a && !partial) a = subjectOfPreviousSentence(c, qi, (i) => i < quotes.length && quotes[i].kind === 'term');
    if (!a && !partial) a = documentLeadIn(c, qi, paraFirstTok);
    if (!a && !partial) a = soSays(c, qi);
    if (!a && !partial) a = betweenParagraphs(c, qi, paraFirstTok);
    if (!a && !partial) a = reportedLeadIn(c, qi, paraFirstTok);
    if (!a) {
      const prev = previousSpoken(quotes, lastSpoken, q, paraFirstTok, c);
      // A partial quotation continues only a speaker of its own paragraph.
      if (prev && (!partial || c.raw[quotes.length - 1].lastParagraph === q.paragraph)) {
        a = continuationOf(prev);
        continued = true;
      }
    }
    if (!a && !partial) a = paragraphPerson(c, qi);
    // (The source is a span, not a token index: its text is looked up by form.)
    if (a && a.kind === 'description' && !a.person && a.mention && PRONOUNS.hasWord(a.mention.text.toLowerCase())) {
      a = { ...a, person: lastPersonSpeaker };
    }
    if (a && !continued && a.cue) {
      const via = viaOf(c, a);
      if (via) a = { ...a, via };
    }
    const kind = quoteKind(c, qi, partial, a);
    // A term is never flagged. A nickname or a markup value is nobody's words and keeps no source; a
    // sign, a slogan or a title keeps whoever the sentence credits with it ("“I am still Sanders,” it read").
    if (kind === 'term' && (c.nickname[qi] === 1 || isMarkupValue(c, qi))) a = null;
    let status: QuoteStatus;
    if (partial || kind === 'term') status = 'partial';
    else if (!a) status = 'unattributed';
    else if (a.kind === 'organisation') status = 'organisation';
    else if (a.kind === 'anonymous') status = 'anonymous';
    else if (a.kind === 'document') status = 'document';
    else status = 'attributed';
    const quote: Quote = {
      start: q.start,
      end: q.end,
      text: model.text.slice(q.start, q.end),
      speaker: a ? a.person : null,
      speakerMention: a ? a.mention : null,
      cue: a ? a.cue : null,
      status,
      kind,
      paragraph: q.modelParagraph,
    };
    if (a?.rule) quote.rule = a.rule;
    if (a?.speakers && a.speakers.length > 1) quote.speakers = a.speakers;
    if (a?.via && quote.speakerMention) quote.via = a.via;
    if (continued) quote.continued = true;
    if (quote.speaker) lastPersonSpeaker = quote.speaker;
    const index = quotes.length;
    quotes.push(quote);
    if (kind !== 'term') lastSpoken = index;
    if (status === 'unattributed') {
      findings.push(unattributedQuoteFinding(quote, index));
    }
    if (a && a.kind === 'anonymous' && a.mention && !continued) {
      const key = `${a.mention.start}:${a.mention.end}`;
      if (!anonSeen.has(key)) {
        anonSeen.add(key);
        findings.push(anonymousSourceFinding(a.mention, index));
      }
    }
  }
  const closeOf = scan.unbalanced.length ? closingPoints(c) : null;
  for (const u of scan.unbalanced) {
    findings.push(unbalancedQuoteFinding(u, closeOf!(u)));
  }
  for (const f of anonymousParaphrases(c, anonSeen)) findings.push(f);
  findings.sort((x, y) => x.start - y.start || x.end - y.end);
  // (The opening marks never closed: the people stage resolves the pronouns after them.)
  return { quotes, findings, unclosed: scan.unbalanced };
}
