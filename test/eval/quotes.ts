// Quotes eval: direct quotations and their speakers against PolNeAR attributions.
//   npx tsc -p . ; node out/test/eval/run.js quotes
//   EVAL_SPLIT=train (tune on train; the default reports on dev), EVAL_VERBOSE=1 (print the errors).
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { segment } from '../../server/src/analysis/text';
import { findQuotes } from '../../server/src/analysis/quotes';
import { analyzeArticle } from '../support/models';
import type { PeopleResult } from '../../server/src/analysis/people';
import type { Quote, Span, TextModel } from '../../server/src/analysis/types';
import { SPEECH_VERBS } from '../../server/src/analysis/quotes/lexicon';

// Issue 14's floors (PolNeAR dev, '' quotations counted): recall and precision over quotations of speech
// or writing (terms — nicknames, titles, scare quotes — are not claimed to be anyone's words).
const FLOORS = { recall: 0.97, precision: 0.95, speaker: 0.93, falseAlarm: 0.01, warnings: 3, stripped: 0.9 };

interface Gold {
  contents: Span[][];
  /** Source fragments of each content (empty when the attribution has no source). */
  sources: Span[][];
  /** Quoted substrings (top-level mark pairs) inside each content. */
  quoted: Span[][];
}

function parseSpans(s: string): Span[] {
  return s.split(';').map((p) => {
    const [a, b] = p.trim().split(/\s+/).map(Number);
    return { start: a, end: b };
  });
}

export function parseAnn(ann: string, text: string): Gold {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const rels: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    if (/^T\d+\t/.test(line)) {
      const [id, info] = line.split('\t');
      const sp = info.indexOf(' ');
      spans.set(id, { type: info.slice(0, sp), spans: parseSpans(info.slice(sp + 1)) });
    } else if (/^E\d+\t/.test(line)) {
      const rel: Record<string, string> = {};
      for (const part of line.split('\t')[1].trim().split(/\s+/)) {
        const [role, ref] = part.split(':');
        rel[role] = ref;
      }
      rels.push(rel);
    }
  }
  const gold: Gold = { contents: [], sources: [], quoted: [] };
  const used = new Set<string>();
  const add = (contentId: string, sourceId: string | undefined) => {
    const c = spans.get(contentId);
    if (!c || used.has(contentId)) return;
    used.add(contentId);
    gold.contents.push(c.spans);
    gold.sources.push(sourceId && spans.get(sourceId) ? spans.get(sourceId)!.spans : []);
    gold.quoted.push(quotedIn(text, c.spans));
  };
  for (const r of rels) if (r.Content) add(r.Content, r.Source);
  for (const [id, t] of spans) if (t.type === 'Content') add(id, undefined);
  return gold;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

/**
 * Top-level double-mark pairs inside the content fragments (marks paired in order; straight marks
 * alternate). A doubled apostrophe ('' as in NYT wire copy) is a straight double mark.
 */
function quotedIn(text: string, frags: Span[]): Span[] {
  const out: Span[] = [];
  const stack: Array<{ at: number; c: string }> = [];
  for (const f of frags) {
    for (let i = f.start; i < f.end && i < text.length; i++) {
      let c = text[i];
      if (c === "'" && text[i + 1] === "'") {
        c = '"';
        i++;
      }
      if (OPENERS.has(c)) stack.push({ at: i, c });
      else if (CLOSERS.has(c) || c === '"') {
        let j = stack.length - 1;
        if (c === '"') {
          while (j >= 0 && stack[j].c !== '"') j--;
          if (j < 0) {
            stack.push({ at: i, c });
            continue;
          }
        } else {
          while (j >= 0 && stack[j].c === '"') j--;
          if (j < 0) continue;
        }
        const o = stack[j];
        stack.length = j;
        if (j === 0) out.push({ start: o.at, end: i + 1 });
        continue;
      }
    }
  }
  return out;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const overlapLen = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

type PeopleFn = (m: TextModel) => PeopleResult;

function loadPeople(): PeopleFn {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('../support/models') as { findPeople?: PeopleFn };
    if (typeof mod.findPeople === 'function') return mod.findPeople;
  } catch (e) {
    console.log(`  (people engine unavailable: ${e instanceof Error ? e.message : e}; using no people)`);
  }
  return () => ({ people: [], mentions: [], mentionAt: () => undefined, organisations: [] });
}

type NlpFn = (t: string) => { quotations(): { json(o: object): Array<{ offset: { start: number; length: number } }> } };

function loadNlp(): NlpFn | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const m = require('compromise');
    return (m.default ?? m) as NlpFn;
  } catch {
    return null;
  }
}

interface Doc {
  name: string;
  text: string;
  gold: Gold;
}

function loadSplit(dir: string): Doc[] {
  const annDir = path.join(dir, 'attributions');
  const textDir = path.join(dir, 'text');
  const byArticle = new Map<string, string>();
  for (const f of fs.readdirSync(annDir).filter((x) => x.endsWith('.ann')).sort()) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '').replace(/\.ann$/, '');
    if (!byArticle.has(base)) byArticle.set(base, f); // alphabetically first annotator
  }
  const docs: Doc[] = [];
  for (const [base, ann] of [...byArticle].sort()) {
    const tp = path.join(textDir, base + '.txt');
    if (!fs.existsSync(tp)) continue;
    const text = fs.readFileSync(tp, 'utf8');
    docs.push({ name: base, text, gold: parseAnn(fs.readFileSync(path.join(annDir, ann), 'utf8'), text) });
  }
  return docs;
}

export async function run(shared: string): Promise<boolean> {
  const split = process.env.EVAL_SPLIT === 'train' ? 'train' : 'dev';
  const verbose = !!process.env.EVAL_VERBOSE;
  const docs = loadSplit(path.join(shared, 'eval', 'polnear', split));
  const findPeople = loadPeople();
  const nlp = loadNlp();

  let goldQuoted = 0;
  let found = 0;
  let baseFound = 0;
  let ours = 0;
  let oursInGold = 0;
  let spkTotal = 0;
  let spkOk = 0;
  let spkStrict = 0;
  let attributedGold = 0;
  let falseAlarms = 0;
  let foundStrict = 0;
  const warnings: string[] = [];
  /** Speaker accuracy per attribution rule (Quote.rule; 'none' when nothing credited the quotation). */
  const byRule = new Map<string, { ok: number; all: number }>();
  const ctx = (text: string, s: Span) => JSON.stringify(text.slice(Math.max(0, s.start - 60), Math.min(text.length, s.end + 60)).replace(/\s+/g, ' '));

  for (const d of docs) {
    // The whole engine, as users get it (people → quotes → speakers settled).
    const { quotes, findings, mentions } = analyzeArticle(d.text);
    const people = { mentions };
    const flagged = new Set(findings.filter((f) => f.code === 'unattributed-quote').map((f) => f.quote));
    const base: Span[] = nlp ? nlp(d.text).quotations().json({ offset: true }).map((x) => ({ start: x.offset.start, end: x.offset.start + x.offset.length })) : [];
    const allContent = d.gold.contents.flat();
    for (const q of quotes) {
      if (q.kind === 'term') continue;
      ours++;
      if (allContent.some((c) => overlaps(c, q))) oursInGold++;
      else if (verbose) console.log(`  FP ${d.name}: ${q.status}/${q.kind} ${ctx(d.text, q)}`);
    }
    for (const f of findings) if (f.code === 'unattributed-quote') warnings.push(`${d.name}: ${ctx(d.text, f)}`);
    d.gold.quoted.forEach((qs, ci) => {
      const src = d.gold.sources[ci];
      for (const g of qs) {
        goldQuoted++;
        if (base.some((b) => overlaps(b, g))) baseFound++;
        let best: Quote | null = null;
        let bestIdx = -1;
        quotes.forEach((q, i) => {
          if (overlaps(q, g) && (!best || overlapLen(q, g) > overlapLen(best, g))) {
            best = q;
            bestIdx = i;
          }
        });
        const q = best as Quote | null;
        if (q) found++;
        if (q && q.kind !== 'term') foundStrict++;
        else if (verbose) console.log(`  MISS ${d.name}: ${ctx(d.text, g)}`);
        if (src.length === 0) continue;
        attributedGold++;
        if (q && flagged.has(bestIdx)) {
          falseAlarms++;
          if (verbose) console.log(`  FALSE-ALARM ${d.name}: src=${JSON.stringify(src.map((s) => d.text.slice(s.start, s.end)).join('|'))} ${ctx(d.text, q)}`);
        }
        if (!q) continue;
        spkTotal++;
        const mentionSpans: Span[] = [];
        if (q.speakerMention) mentionSpans.push(q.speakerMention);
        if (q.speaker) for (const m of people.mentions) if (m.person === q.speaker) mentionSpans.push(m);
        const strictOk = mentionSpans.some((m) => src.some((s) => overlaps(m, s)));
        // PolNeAR credits nested attribution to its outer source ("…, Sanders said, according to CNN": CNN);
        // issue 14 keeps the speaker and records the outer source as \`via\`, so \`via\` matching counts too.
        const ok = strictOk || (!!q.via && src.some((s) => overlaps(q.via!, s)));
        if (strictOk) spkStrict++;
        const r = byRule.get(q.rule ?? 'none') ?? { ok: 0, all: 0 };
        byRule.set(q.rule ?? 'none', { ok: r.ok + (ok ? 1 : 0), all: r.all + 1 });
        if (ok) spkOk++;
        else if (verbose)
          console.log(
            `  SPEAKER ${d.name}: gold=${JSON.stringify(src.map((s) => d.text.slice(s.start, s.end)).join('|'))} ours=${JSON.stringify(q.speakerMention?.text ?? null)}/${q.status} rule=${q.rule ?? 'none'} ${ctx(d.text, q)}`,
          );
      }
    });
  }

    const stripped = strippedAttributions(docs, verbose);

  // Speed: findQuotes alone on the train texts (segmenting and people done beforehand).
  const trainDocs = loadSplit(path.join(shared, 'eval', 'polnear', 'train'));
  const prepared = trainDocs.map((d) => {
    const model = segment(d.text);
    return { model, people: findPeople(model) };
  });
  const bytes = trainDocs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  for (const p of prepared.slice(0, 50)) findQuotes(p.model, p.people); // warm-up
  // Best of five rounds: the machine is shared, so the fastest round is the least disturbed one.
  const rounds = 5;
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const p of prepared) findQuotes(p.model, p.people);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  const mbps = bytes / 1e6 / best;

  const recall = found / Math.max(1, goldQuoted);
  const precision = oursInGold / Math.max(1, ours);
  const speaker = spkOk / Math.max(1, spkTotal);
  const falseAlarm = falseAlarms / Math.max(1, attributedGold);
  const pct = (x: number) => (100 * x).toFixed(1) + '%';
  console.log(`  split: ${split} (${docs.length} articles, ${goldQuoted} gold quoted spans, ${attributedGold} with a gold source)`);
  console.log(`  quotation recall:     ${pct(recall)} (${found}/${goldQuoted})  floor ${pct(FLOORS.recall)}`);
  console.log(`  quotation precision:  ${pct(precision)} (${oursInGold}/${ours})`);
  console.log(`  speaker accuracy:     ${pct(speaker)} (${spkOk}/${spkTotal})  floor ${pct(FLOORS.speaker)}`);
  console.log(`    without counting via: ${pct(spkStrict / Math.max(1, spkTotal))} (${spkStrict}/${spkTotal})`);
  const rules = [...byRule].sort((x, y) => y[1].all - x[1].all);
  console.log(`    by rule: ${rules.map(([r, v]) => `${r.replace('quotes.', '')} ${v.ok}/${v.all}`).join(', ')}`);
  console.log(`  unattributed false alarms: ${pct(falseAlarm)} (${falseAlarms}/${attributedGold})  ceiling ${pct(FLOORS.falseAlarm)}`);
  console.log(`  recall of speech/writing (terms not counted): ${pct(foundStrict / Math.max(1, goldQuoted))} (${foundStrict}/${goldQuoted})`);
  console.log(`  unattributed-quote warnings in the ${docs.length} articles: ${warnings.length}  ceiling ${FLOORS.warnings}`);
  for (const w of warnings) console.log(`    ${w}`);
  const strippedRate = stripped.flagged / Math.max(1, stripped.total);
  console.log(`  stripped attributions flagged: ${pct(strippedRate)} (${stripped.flagged}/${stripped.total})  floor ${pct(FLOORS.stripped)}`);
  console.log(`  baseline compromise quotations() recall: ${nlp ? pct(baseFound / Math.max(1, goldQuoted)) : 'n/a'} (${baseFound}/${goldQuoted})`);
  console.log(`  speed: findQuotes ${mbps.toFixed(1)} MB/s on polnear train text (${(bytes / 1e6).toFixed(2)} MB, best of ${rounds} rounds)`);
  const strict = foundStrict / Math.max(1, goldQuoted);
  return (
    strict >= FLOORS.recall &&
    precision >= FLOORS.precision &&
    speaker >= FLOORS.speaker &&
    falseAlarm <= FLOORS.falseAlarm &&
    warnings.length <= FLOORS.warnings &&
    strippedRate >= FLOORS.stripped
  );
}

const MARKS = /["“”„«»]|''/;

/** Paragraphs as [start, end) spans: blank lines separate them. */
function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index : text.length;
    let a = start;
    while (a < end && /\s/.test(text[a])) a++;
    let b = end;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

const hasSpeechVerb = (s: string) => (s.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []).some((w) => SPEECH_VERBS.hasWord(w));

/**
 * Issue 14's stripped-attribution check: a gold quotation that opens its paragraph and is credited only
 * by a short tail there (“…,” Smith said.), with no quotation mark or speech verb in the neighbouring
 * paragraphs, is rewritten without its tail (“….”); the engine must then flag it as unattributed.
 */
function strippedAttributions(docs: Doc[], verbose: boolean): { total: number; flagged: number } {
  let total = 0;
  let flagged = 0;
  for (const d of docs) {
    const paras = paragraphSpans(d.text);
    d.gold.quoted.forEach((qs, ci) => {
      const src = d.gold.sources[ci];
      if (src.length === 0) return;
      for (const g of qs) {
        const pi = paras.findIndex((p) => p.start === g.start);
        if (pi < 0) continue;
        const p = paras[pi];
        const tail = d.text.slice(g.end, p.end);
        const words = tail.match(/[\p{L}\p{N}]+/gu) ?? [];
        if (words.length === 0 || words.length > 8 || !tail.trimEnd().endsWith('.') || MARKS.test(tail)) continue;
        if (!src.every((s) => s.start >= g.end && s.end <= p.end)) continue;
        const neighbours = [paras[pi - 1], paras[pi + 1]].filter(Boolean).map((x) => d.text.slice(x.start, x.end));
        if (neighbours.some((t) => MARKS.test(t) || hasSpeechVerb(t))) continue;
        // “We will win,” Smith said. → “We will win.”
        const closeLen = d.text.slice(g.end - 2, g.end) === "''" ? 2 : 1;
        const inner = d.text.slice(g.start, g.end - closeLen).replace(/[,;:—–-]\s*$/, '');
        const body = /[.!?…]$/.test(inner) ? inner : inner + '.';
        const text = d.text.slice(0, g.start) + body + d.text.slice(g.end - closeLen, g.end) + d.text.slice(p.end);
        total++;
        const a = analyzeArticle(text);
        const qi = a.quotes.findIndex((q) => q.start === g.start);
        const ok = qi >= 0 && a.findings.some((f) => f.code === 'unattributed-quote' && f.quote === qi);
        if (ok) flagged++;
        else if (verbose) console.log(`  STRIPPED-MISSED ${d.name}: ${JSON.stringify(text.slice(g.start, g.start + 120))} (${qi < 0 ? 'no quote' : a.quotes[qi].status + '/' + a.quotes[qi].kind})`);
      }
    });
  }
  return { total, flagged };
}
