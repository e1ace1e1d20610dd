// Rule quotes.shared-credit: a sentence-final attribution credits every quotation of its sentence.
import { Ctx, by, type Attribution } from '../context';
import { attributeAfter } from './after';

/**
 * The credit after the last quotation of this one's sentence, when that quotation is followed by it
 * ("The program was a “good thing” that yielded “frankly good information,” he remarked."): a
 * sentence-final attribution credits every quotation of its sentence (rule quotes.shared-credit).
 */
export function sharedTrailingCredit(c: Ctx, qi: number, shared: SharedCredits): Attribution | null {
  const q = c.raw[qi];
  const j = shared.lastOfSentence[qi];
  if (j === qi) return null;
  // Nothing ends the sentence between this quotation and the last one (nor inside this one: “head.” “You winning?”).
  const innerLast = c.tokens[q.closeTok - 1];
  if (innerLast && (innerLast.text === '.' || innerLast.text === '?' || innerLast.text === '!')) return null;
  if (shared.terminalsBefore[c.raw[j].openTok] !== shared.terminalsBefore[q.closeTok + 1]) return null;
  let a = shared.memo.get(j);
  if (a === undefined) {
    a = attributeAfter(c, j);
    shared.memo.set(j, a);
  }
  return a && a.cue ? by('quotes.shared-credit', a) : null;
}

/** Per-call tables that keep the shared-credit look-ups linear in the number of quotations. */
export interface SharedCredits {
  /** The last quotation of each quotation's sentence (within its paragraph). */
  lastOfSentence: Int32Array;
  /** Terminal marks outside quotations before each token. */
  terminalsBefore: Int32Array;
  memo: Map<number, Attribution | null>;
}

export function sharedCredits(c: Ctx): SharedCredits {
  const n = c.raw.length;
  const lastOfSentence = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const next = c.raw[i + 1];
    const same = next && c.tokens[next.openTok].sentence === c.tokens[c.raw[i].openTok].sentence && c.paraOf[next.openTok] === c.paraOf[c.raw[i].openTok];
    lastOfSentence[i] = same ? lastOfSentence[i + 1] : i;
  }
  const terminalsBefore = new Int32Array(c.tokens.length + 1);
  for (let k = 0; k < c.tokens.length; k++) terminalsBefore[k + 1] = terminalsBefore[k] + (c.quoteOf[k] < 0 && c.isTerminal(k) ? 1 : 0);
  return { lastOfSentence, terminalsBefore, memo: new Map() };
}
