// A question reports nothing (rule events.question): "But has he called for changing any of the
// provisions that benefit him?" is the writer asking, not Trump acting, and an Outline that lists it as
// "Trump calls for changing any" invents an event. An event whose sentence ends with a question mark
// (closing brackets after it aside) is dropped; a quoted question is someone's words, and saying them is
// an event (Trump said Friday: “Did Crooked Hillary help …?”).
// Nor does a question asked inside a sentence (rule events.embedded-question, from the parse): a clause
// whose subject is "who" or "what" right after a verb, a preposition or a subordinator names someone not
// known ("deciding who will occupy the White House", "regardless of who controls Congress in 2017").
// After a noun or a comma the pronoun is a relative one ("Rubio, who supported the bill") and the event
// stands; so it does after "and" ("who once represented the district … and who ran for president").
import type { ArticleEvent, TextModel } from '../types';
import type { SyntaxLayer } from '../syntax/layer';
import { childrenOf } from '../syntax/tree';
import { eventVerbWord } from './context';

export function dropQuestions(events: readonly ArticleEvent[], model: TextModel, syntax: SyntaxLayer | null = null): ArticleEvent[] {
  return events.filter((e) => !endsWithQuestionMark(model.text, e.sentence.start, e.sentence.end) && !(syntax && isEmbeddedQuestion(model, syntax, e)));
}

function endsWithQuestionMark(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && CLOSING.includes(text[i])) i--;
  return i >= start && text[i] === '?';
}

/** What may follow a sentence's final mark: spaces and closing brackets. */
const CLOSING = ' \t\r\n)]';

/** Word classes before a "who" that opens a question inside the sentence, not a relative clause. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['VERB', 'ADP', 'SCONJ']);

function isEmbeddedQuestion(model: TextModel, syntax: SyntaxLayer, e: ArticleEvent): boolean {
  const at = eventVerbWord(model, syntax, e);
  if (!at) return false;
  const words = syntax.words;
  const sw = at.words;
  const v = at.word;
  // "who", "what" (PTB WP); "that" and "which" (WDT) after a verb the parser misread are relative ("the assault
  // weapons ban that passed in 1994" with "ban" read as a verb).
  const subject = childrenOf(words, sw, v).find((c) => words[c].deprel.startsWith('nsubj') && words[c].xpos === 'WP');
  return subject !== undefined && subject > sw.start && QUESTION_OPENERS.has(words[subject - 1].upos);
}
