// An analysed article as CoNLL-U: its own sentences and words with the predicted columns, and each
// word's UTF-16 offsets in MISC (`TokenRange=start:end`, as UDPipe writes them).
import type { ArticleAnalysis } from '../types';
import { writeConllu, type ConlluSentence } from './conllu';

export function articleConllu(a: ArticleAnalysis): string {
  const layer = a.syntax;
  if (!layer) return '';
  const out: ConlluSentence[] = [];
  layer.sentenceWords.forEach((range, si) => {
    const s = a.model.sentences[si];
    const words = layer.words.slice(range.start, range.end).map((w, i) => {
      const next = range.start + i + 1 < range.end ? layer.words[range.start + i + 1] : null;
      const spaceAfter = next && next.start === w.end ? 'SpaceAfter=No|' : '';
      return {
        form: a.text.slice(w.start, w.end),
        lemma: w.lemma,
        upos: w.upos,
        xpos: w.xpos,
        feats: '_',
        head: w.head < 0 ? 0 : w.head - range.start + 1,
        deprel: w.deprel,
        deps: '_',
        misc: `${spaceAfter}TokenRange=${w.start}:${w.end}`,
      };
    });
    out.push({ comments: [`# sent_id = ${si + 1}`, `# text = ${a.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`], extra: [], words });
  });
  return writeConllu(out);
}
