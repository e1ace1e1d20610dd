// CoNLL-2003 reader: documents rebuilt as plain text with gold entity character spans.
// Text: tokens joined by single spaces, sentences by newlines, documents by blank lines.
// Documents are separated by -DOCSTART- lines; when a file has none, a document starts at the
// headline that precedes a dateline sentence ("LONDON 1996-08-30").
import * as fs from 'fs';

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface GoldEntity {
  type: EntityType;
  /** Offsets into the document text. */
  start: number;
  end: number;
}

export interface ConllDoc {
  text: string;
  entities: GoldEntity[];
}

interface RawSentence {
  words: string[];
  tags: string[];
}

const DATELINE = /^[A-Z][A-Z .,'&()-]*(?: , [A-Z][A-Za-z .'-]*)? \d{4}-\d{2}-\d{2}$/;

export function readConll(file: string): ConllDoc[] {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const docs: RawSentence[][] = [];
  let doc: RawSentence[] = [];
  let sent: RawSentence = { words: [], tags: [] };
  let sawDocstart = false;
  const endSentence = () => {
    if (sent.words.length) doc.push(sent);
    sent = { words: [], tags: [] };
  };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) {
      sawDocstart = true;
      endSentence();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    const parts = line.split(' ');
    sent.words.push(parts[0]);
    sent.tags.push(parts[parts.length - 1]);
  }
  endSentence();
  if (doc.length) docs.push(doc);
  const split = sawDocstart ? docs : docs.flatMap(splitByDateline);
  return split.map(buildDoc);
}

function splitByDateline(sentences: RawSentence[]): RawSentence[][] {
  const out: RawSentence[][] = [];
  let cur: RawSentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const next = sentences[i + 1];
    if (next && DATELINE.test(next.words.join(' ')) && cur.length) {
      out.push(cur);
      cur = [];
    }
    cur.push(sentences[i]);
  }
  if (cur.length) out.push(cur);
  return out;
}

function buildDoc(sentences: RawSentence[]): ConllDoc {
  let text = '';
  const entities: GoldEntity[] = [];
  for (let s = 0; s < sentences.length; s++) {
    if (s > 0) text += '\n';
    const { words, tags } = sentences[s];
    let open: GoldEntity | null = null;
    let prevType = 'O';
    for (let k = 0; k < words.length; k++) {
      if (k > 0) text += ' ';
      const start = text.length;
      text += words[k];
      const tag = tags[k];
      const type = tag === 'O' ? 'O' : tag.slice(2);
      // IOB1: I-X continues an X entity; B-X starts a new one right after another X.
      const begins = type !== 'O' && (tag.startsWith('B-') || prevType !== type);
      if (open && (type === 'O' || begins)) {
        entities.push(open);
        open = null;
      }
      if (begins) open = { type: type as EntityType, start, end: text.length };
      else if (open) open.end = text.length;
      prevType = type;
    }
    if (open) entities.push(open);
  }
  return { text, entities };
}
