// CoNLL-U reading and writing (https://universaldependencies.org/format.html). Pure string work: the
// CLI, the trainer and the evaluation read files themselves and pass the text in.

export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 1-based head index, 0 for the root; -1 when absent (`_`). */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  /** Comment lines (`# …`) as written, without the newline. */
  comments: string[];
  /** Multiword-token and empty-node lines, kept verbatim with the word index they precede. */
  extra: { before: number; line: string }[];
  words: ConlluWord[];
}

/** Reads every sentence of a CoNLL-U text. Malformed word lines are skipped, never thrown on. */
export function readConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], extra: [], words: [] };
  const flush = () => {
    if (cur.words.length || cur.comments.length) out.push(cur);
    cur = { comments: [], extra: [], words: [] };
  };
  for (const raw of text.split(/\r?\n|\r/)) {
    if (raw.trim() === '') {
      flush();
      continue;
    }
    if (raw.startsWith('#')) {
      cur.comments.push(raw);
      continue;
    }
    const c = raw.split('\t');
    if (c.length < 2) continue;
    if (!/^\d+$/.test(c[0])) {
      cur.extra.push({ before: cur.words.length, line: raw });
      continue;
    }
    const head = c[6] !== undefined && /^\d+$/.test(c[6]) ? Number(c[6]) : -1;
    cur.words.push({
      form: c[1] ?? '_',
      lemma: c[2] ?? '_',
      upos: c[3] ?? '_',
      xpos: c[4] ?? '_',
      feats: c[5] ?? '_',
      head,
      deprel: c[7] ?? '_',
      deps: c[8] ?? '_',
      misc: c[9] ?? '_',
    });
  }
  flush();
  return out;
}

/** Writes sentences back as CoNLL-U, comments and multiword lines in place. */
export function writeConllu(sentences: ConlluSentence[]): string {
  const lines: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) lines.push(c);
    let e = 0;
    s.words.forEach((w, i) => {
      while (e < s.extra.length && s.extra[e].before === i) lines.push(s.extra[e++].line);
      lines.push([i + 1, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? '_' : w.head, w.deprel, w.deps, w.misc].join('\t'));
    });
    while (e < s.extra.length) lines.push(s.extra[e++].line);
    lines.push('');
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/** Fills predicted UPOS, XPOS, LEMMA, HEAD and DEPREL into sentences, keeping their tokens. */
export function annotateConllu(sentences: ConlluSentence[], parse: (forms: string[]) => { upos: string[]; xpos: string[]; lemma: string[]; head: Int32Array; deprel: string[] }): ConlluSentence[] {
  return sentences.map((s) => {
    if (!s.words.length) return s;
    const p = parse(s.words.map((w) => w.form));
    return {
      ...s,
      words: s.words.map((w, i) => ({ ...w, upos: p.upos[i], xpos: p.xpos[i], lemma: p.lemma[i], head: p.head[i], deprel: p.deprel[i] })),
    };
  });
}
