import type { CodeLens } from 'vscode-languageserver-types';
import type { ArticleAnalysis } from '../analysis/types';
import type { LineIndex } from './lineIndex';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One lens on the first line: "9 people · 10 quotes · 10 events" (+ unattributed count when any). */
export function codeLenses(analysis: ArticleAnalysis, lines: LineIndex): CodeLens[] {
  const at = analysis.model.dateline?.start ?? analysis.model.paragraphs[0]?.start;
  if (at === undefined) return [];
  const people = analysis.people.length;
  const parts = [people === 1 ? '1 person' : `${people} people`, plural(analysis.quotes.length, 'quote'), plural(analysis.events.length, 'event')];
  const unattributed = analysis.quotes.filter((q) => q.status === 'unattributed').length;
  if (unattributed) parts.push(`${unattributed} unattributed`);
  const title = parts.join(' · ');
  // An empty command id renders the lens as plain text.
  return [{ range: lines.range(at, at), command: { title, command: '' } }];
}
