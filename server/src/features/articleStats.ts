// `articleLens/stats`: the counts the client's status bar shows for the active article. The event count is
// the Timeline's and the findings count is what the Problems panel lists under the user's settings.
import type { ArticleAnalysis } from '../analysis/types';
import type { LineIndex } from './lineIndex';
import { diagnostics } from './diagnostics';
import type { ArticleLensSettings } from './settings';
import { NO_PROJECT, type ArticleScope } from '../config/projectConfig';
import { timelineCount } from './timeline';

export interface ArticleStats {
  people: number;
  quotes: number;
  /** Dated events: the Timeline's count. */
  events: number;
  /** Problems entries (findings whose rule is not off). */
  findings: number;
  unattributed: number;
}

/** `scope` is the document's project configuration, so the count equals the Problems entries. */
export function articleStats(analysis: ArticleAnalysis, lines: LineIndex, settings: ArticleLensSettings, scope: ArticleScope = NO_PROJECT): ArticleStats {
  return {
    people: analysis.people.length,
    quotes: analysis.quotes.length,
    events: timelineCount(analysis),
    findings: diagnostics(analysis, lines, settings, undefined, scope).length,
    unattributed: analysis.quotes.filter((q) => q.status === 'unattributed').length,
  };
}
