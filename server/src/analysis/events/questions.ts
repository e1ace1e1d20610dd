// A question reports nothing (rule events.question): "But has he called for changing any of the
// provisions that benefit him?" is the writer asking, not Trump acting, and an Outline that lists it as
// "Trump calls for changing any" invents an event. An event whose sentence ends with a question mark
// (closing brackets after it aside) is dropped; a quoted question is someone's words, and saying them is
// an event (Trump said Friday: “Did Crooked Hillary help …?”).
import type { ArticleEvent, TextModel } from '../types';

export function dropQuestions(events: readonly ArticleEvent[], model: TextModel): ArticleEvent[] {
  return events.filter((e) => !endsWithQuestionMark(model.text, e.sentence.start, e.sentence.end));
}

function endsWithQuestionMark(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && CLOSING.includes(text[i])) i--;
  return i >= start && text[i] === '?';
}

/** What may follow a sentence's final mark: spaces and closing brackets. */
const CLOSING = ' \t\r\n)]';
