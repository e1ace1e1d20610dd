// The status bar item: the active article's people · quotes · events · findings (from `articleLens/stats`),
// and the index's progress while the workspace is being indexed. Clicking it opens the views.
import type { ArticleStats } from '../../server/src/features/articleStats';

export type Stats = ArticleStats & { indexing: { done: number; total: number } | null; indexedArticles: number };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The item's text and tooltip for the stats (null: no article) and the index progress. */
export function statusText(stats: Stats | null, indexing: { done: number; total: number } | null): { text: string; tooltip: string } | null {
  const parts: string[] = [];
  const tips: string[] = [];
  if (indexing && indexing.done < indexing.total) {
    parts.push(`$(sync~spin) indexing ${indexing.done}/${indexing.total}`);
    tips.push(`Indexing the workspace's articles: ${indexing.done} of ${indexing.total} files`);
  }
  if (stats) {
    parts.push(
      `$(person) ${plural(stats.people, 'person', 'people')} · $(quote) ${plural(stats.quotes, 'quote')} · $(calendar) ${plural(stats.events, 'event')} · $(warning) ${plural(stats.findings, 'finding')}`,
    );
    tips.push(
      `This article: ${plural(stats.people, 'person', 'people')}, ${plural(stats.quotes, 'quote')}${stats.unattributed ? ` (${stats.unattributed} without a speaker)` : ''}, ${plural(stats.events, 'dated event')}, ${plural(stats.findings, 'finding')} in Problems`,
    );
  }
  if (!parts.length) return null;
  tips.push('Click to open the Timeline and People views');
  return { text: parts.join(' · '), tooltip: tips.join('\n') };
}
