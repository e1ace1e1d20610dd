import type { CodeLens } from 'vscode-languageserver-types';
import type { ArticleAnalysis } from '../analysis/types';
import type { LineIndex } from './lineIndex';
import { timelineCount } from './timeline';

/** The client command the lens runs: it opens the Timeline view (client/src/extension.ts). */
export const OPEN_TIMELINE_COMMAND = 'articleLens.openTimeline';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One lens on the first line: "9 people · 10 quotes · 9 events" (+ unattributed count when any). The event
 * count is the Timeline's (dated events), and clicking the lens opens the Timeline.
 */
export function codeLenses(analysis: ArticleAnalysis, lines: LineIndex): CodeLens[] {
  const at = analysis.model.dateline?.start ?? analysis.model.paragraphs[0]?.start;
  if (at === undefined) return [];
  const people = analysis.people.length;
  const parts = [people === 1 ? '1 person' : `${people} people`, plural(analysis.quotes.length, 'quote'), plural(timelineCount(analysis), 'event')];
  const unattributed = analysis.quotes.filter((q) => q.status === 'unattributed').length;
  if (unattributed) parts.push(`${unattributed} unattributed`);
  const title = parts.join(' · ');
  return [{ range: lines.range(at, at), command: { title, command: OPEN_TIMELINE_COMMAND, tooltip: 'Open the Timeline and People views' } }];
}
