// How a large document's analysis crosses from the analysis worker to the protocol thread without
// blocking it (issue 18). Structured-cloning the whole analysis meant one main-thread task of ≈ 30-50 ms
// on a 1 MB article (its text twice, ≈ 30,000 objects) during which no request was answered. Instead the
// worker serialises the analysis in slices (v8.serialize, on its own thread) into buffers it transfers
// (no copy); the protocol thread deserialises a few slices at a time and yields between them
// (setImmediate), so requests queued meanwhile are answered within milliseconds.
import * as v8 from 'v8';
import { emptyTokenLayer } from './analysis/text/tokens';
import type { ArticleAnalysis, Mention, Person } from './analysis/types';

/** The analysis without its text (the protocol thread has it: the job's text), tokens and syntax layer. */
export interface PackedAnalysis {
  /** One `v8.serialize`d slice per buffer: `[field, items]`, arrays in slices of a few hundred items. */
  parts: Uint8Array[];
}

/** The array fields sent in slices; `mentions` is not sent (rebuilt from the people's mentions, same objects). */
const ARRAYS = ['people', 'quotes', 'organisations', 'times', 'events', 'findings', 'paragraphs', 'sentences'] as const;
type ArrayField = (typeof ARRAYS)[number];

/**
 * Items per slice. A person carries its mentions (≈ 10 on a long article), so fewer of them: each slice
 * deserialises in well under a millisecond on this machine kind (1 MB article: ≈ 60 slices).
 */
const SLICE: Record<ArrayField, number> = { people: 50, quotes: 400, organisations: 400, times: 800, events: 300, findings: 800, paragraphs: 2000, sentences: 1500 };

/**
 * Packs an analysis for the protocol thread (worker side). Tokens and the syntax layer are left out:
 * they are the bulk of an analysis and no feature reads them (the syntax layer alone is ≈ 200,000 word
 * objects on a 1 MB article). `mentions` is sent as the position of each mention among its person's
 * mentions, so that the rebuilt list holds the very objects of `people[].mentions`, as the engine's does.
 */
export function packAnalysis(a: ArticleAnalysis): PackedAnalysis {
  const parts: Uint8Array[] = [];
  const put = (field: string, value: unknown) => {
    const b = v8.serialize([field, value]);
    // Each slice owns its whole buffer, so that transferring it moves nothing else.
    parts.push(b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b));
  };
  put('head', { date: a.date, dateline: a.model.dateline, bodyStart: a.model.bodyStart });
  const where = new Map<Mention, [number, number]>();
  a.people.forEach((p, i) => p.mentions.forEach((m, j) => where.set(m, [i, j])));
  // Per mention: its person's index and its index among that person's mentions. A mention of no person
  // (none today) travels by value, in order: person -1.
  const order = new Int32Array(a.mentions.length * 2);
  const loose: Mention[] = [];
  a.mentions.forEach((m, k) => {
    const at = where.get(m);
    if (at === undefined) {
      order[2 * k] = -1;
      loose.push(m);
    } else [order[2 * k], order[2 * k + 1]] = at;
  });
  put('mentionOrder', order);
  put('looseMentions', loose);
  const arrays: Record<ArrayField, readonly unknown[]> = {
    people: a.people,
    quotes: a.quotes,
    organisations: a.organisations,
    times: a.times,
    events: a.events,
    findings: a.findings,
    paragraphs: a.model.paragraphs,
    sentences: a.model.sentences,
  };
  for (const field of ARRAYS) {
    const items = arrays[field];
    for (let i = 0; i < items.length; i += SLICE[field]) put(field, items.slice(i, i + SLICE[field]));
  }
  return { parts };
}

/** The buffers to list in `postMessage`'s transfer list. */
export function transferList(p: PackedAnalysis): ArrayBuffer[] {
  return p.parts.map((b) => b.buffer as ArrayBuffer);
}

/**
 * Unpacks on the protocol thread, `budgetMs` of deserialising at a time, then yields to the event loop
 * (setImmediate runs after pending I/O, so requests that arrived meanwhile go first). Calls `done` with
 * the analysis, its text being `text` (the text the worker analysed). `cancelled` is asked before each
 * step: a document closed meanwhile stops the work.
 */
export function unpackAnalysis(
  packed: PackedAnalysis,
  text: string,
  done: (a: ArticleAnalysis) => void,
  cancelled: () => boolean = () => false,
  budgetMs = 2,
): void {
  const fields: Record<string, unknown[]> = {};
  let head = { date: null as string | null, dateline: null as ArticleAnalysis['model']['dateline'], bodyStart: 0 };
  let order: Int32Array = new Int32Array(0);
  let loose: Mention[] = [];
  let next = 0;
  const step = () => {
    if (cancelled()) return;
    const until = performance.now() + budgetMs;
    do {
      const [field, value] = v8.deserialize(packed.parts[next++]) as [string, unknown];
      if (field === 'head') head = value as typeof head;
      else if (field === 'mentionOrder') order = value as Int32Array;
      else if (field === 'looseMentions') loose = value as Mention[];
      else {
        const list = (fields[field] ??= []);
        for (const item of value as unknown[]) list.push(item);
      }
    } while (next < packed.parts.length && performance.now() < until);
    if (next < packed.parts.length) {
      setImmediate(step);
      return;
    }
    const people = (fields.people ?? []) as Person[];
    let l = 0;
    const mentions: Mention[] = [];
    for (let k = 0; k < order.length; k += 2) mentions.push(order[k] < 0 ? loose[l++] : people[order[k]].mentions[order[k + 1]]);
    done({
      text,
      date: head.date,
      model: {
        text,
        dateline: head.dateline,
        bodyStart: head.bodyStart,
        paragraphs: (fields.paragraphs ?? []) as ArticleAnalysis['model']['paragraphs'],
        sentences: (fields.sentences ?? []) as ArticleAnalysis['model']['sentences'],
        tokens: [],
        lex: emptyTokenLayer(),
      },
      people,
      mentions,
      quotes: (fields.quotes ?? []) as ArticleAnalysis['quotes'],
      organisations: (fields.organisations ?? []) as ArticleAnalysis['organisations'],
      times: (fields.times ?? []) as ArticleAnalysis['times'],
      events: (fields.events ?? []) as ArticleAnalysis['events'],
      findings: (fields.findings ?? []) as ArticleAnalysis['findings'],
      syntax: null,
    });
  };
  step();
}
