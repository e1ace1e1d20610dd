// `npm run eval -- time`: TempEval-3 style scoring of the time-expression
// stage on TimeBank + AQUAINT (the TempEval-3 training/dev data), next to
// chrono-node and Microsoft recognizers-text run alone with the same
// reference date (the document creation time), plus a speed run of
// findTimes over the polnear training texts.
//
// Relaxed span match = overlap; strict = same offsets. Value accuracy = share
// of relaxed matches whose TIMEX3 value is right; value F1 = P/R counting only
// matches with the right value (TempEval-3's "value" figure).
import * as fs from 'fs';
import * as path from 'path';
import { segment } from '../../server/src/analysis/text';
import { findTimes, sortKeyOf } from '../../server/src/analysis/time';
import { parseEventTml } from './events';

interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
}

interface Doc {
  name: string;
  text: string;
  dct: string;
  gold: Timex[];
}

/** TEXT element content without tags (entities decoded), and the TIMEX3 spans in it (read by the events eval's TimeML reader). */
export function parseTml(xml: string, name = ''): Doc {
  const d = parseEventTml(xml, name);
  const gold = d.times.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
  // Trim leading/trailing space in gold spans (the annotation sometimes includes it).
  for (const g of gold) {
    while (g.start < g.end && /\s/.test(d.text[g.start])) g.start++;
    while (g.end > g.start && /\s/.test(d.text[g.end - 1])) g.end--;
  }
  return { name, text: d.text, dct: d.dct, gold: gold.filter((g) => g.end > g.start) };
}

export function loadDocs(shared: string): Doc[] {
  const docs: Doc[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const dir = path.join(shared, 'eval', 'tempeval3', sub);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith('.tml')) docs.push(parseTml(fs.readFileSync(path.join(dir, f), 'utf8'), `${sub}/${f}`));
    }
  }
  return docs;
}

// ----------------------------------------------------------------- systems

type System = (doc: Doc) => Timex[];

const ours: System = (doc) => {
  const model = segment(doc.text);
  return findTimes(model, doc.dct || null).times.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
};

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** The libraries' reference instant for a document creation date: its noon, UTC. */
function noonOf(dct: string): Date {
  const [y, m, d] = dct.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

function loadChrono(): System | null {
  let chrono: typeof import('chrono-node');
  try {
    chrono = require('chrono-node');
  } catch {
    return null;
  }
  return (doc) => {
    const ref = noonOf(doc.dct);
    const out: Timex[] = [];
    for (const r of chrono.parse(doc.text, { instant: ref, timezone: 0 })) {
      const c = r.start;
      const get = (k: 'year' | 'month' | 'day' | 'hour' | 'minute') => c.get(k) ?? 0;
      let value: string;
      let type = 'DATE';
      if (c.isCertain('hour')) {
        value = `${pad(get('year'), 4)}-${pad(get('month'))}-${pad(get('day'))}T${pad(get('hour'))}:${pad(get('minute'))}`;
        type = 'TIME';
      } else if (c.isCertain('day') || c.isCertain('weekday')) value = `${pad(get('year'), 4)}-${pad(get('month'))}-${pad(get('day'))}`;
      else if (c.isCertain('month')) value = `${pad(get('year'), 4)}-${pad(get('month'))}`;
      else if (c.isCertain('year')) value = pad(get('year'), 4);
      else value = `${pad(get('year'), 4)}-${pad(get('month'))}-${pad(get('day'))}`;
      let text = r.text;
      let start = r.index;
      // chrono includes leading "on"/"at"/"in": TimeML does not.
      const lead = /^(?:on|at|in|by|since|from|until|of)\s+/i.exec(text);
      if (lead) {
        start += lead[0].length;
        text = text.slice(lead[0].length);
      }
      text = text.replace(/[\s,.]+$/, '');
      out.push({ start, end: start + text.length, type, value });
    }
    return out;
  };
}

interface RecognizerValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
}

function loadRecognizers(): System | null {
  let R: { recognizeDateTime: (q: string, c: string, o?: unknown, ref?: Date) => { start: number; end: number; typeName: string; resolution?: { values?: RecognizerValue[] } }[] };
  try {
    R = require('@microsoft/recognizers-text-date-time');
  } catch {
    return null;
  }
  return (doc) => {
    const ref = noonOf(doc.dct);
    const out: Timex[] = [];
    // Paragraph by paragraph: the library's cost grows faster than linearly with input length.
    const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
    for (const para of doc.text.matchAll(re)) {
      const base = para.index ?? 0;
      for (const r of R.recognizeDateTime(para[0], 'en-us', undefined, ref)) {
        const kind = r.typeName.replace('datetimeV2.', '');
        const vals = r.resolution?.values ?? [];
        let type = 'DATE';
        if (kind === 'duration') type = 'DURATION';
        else if (kind === 'set') type = 'SET';
        else if (kind === 'time' || kind === 'datetime' || kind === 'timerange' || kind === 'datetimerange') type = 'TIME';
        out.push({ start: base + r.start, end: base + r.end + 1, type, value: recognizerValue(vals, doc.dct) });
      }
    }
    return out;
  };
}

function recognizerValue(vals: RecognizerValue[], dct: string): string {
  if (!vals.length) return '';
  const timex = vals[0].timex ?? '';
  if (!timex.includes('X')) return timex;
  // Several resolutions (past and future): the most recent one not after the DCT.
  const resolved = vals.map((v) => (v.value ?? v.start ?? '').replace(' ', 'T')).filter(Boolean);
  if (!resolved.length) return timex;
  const past = resolved.filter((r) => r.slice(0, 10) <= dct);
  const pick = past.length ? past[past.length - 1] : resolved[0];
  // Keep the granularity of the timex: replace its X digits by the resolved ones.
  let v = '';
  for (let i = 0; i < timex.length; i++) v += timex[i] === 'X' && /\d/.test(pick[i] ?? '') ? pick[i] : timex[i];
  if (/WXX-\d/.test(v)) return pick.slice(0, 10) + (timex.includes('T') ? 'T' + timex.split('T')[1] : '');
  return v;
}

// ----------------------------------------------------------------- scoring

interface Score {
  sys: number;
  gold: number;
  strictP: number;
  strictR: number;
  relP: number;
  relR: number;
  matched: number;
  valueOk: number;
}

function normValue(v: string): string {
  // Same value, different spelling: "T17:00" = "T17", "W7" = "W07".
  return v.trim().replace(/T(\d\d):00$/, 'T$1').replace(/-W(\d)(?!\d)/, '-W0$1');
}

function overlap(a: Timex, b: Timex): boolean {
  return a.start < b.end && b.start < a.end;
}

/** One scoring error: its kind (for grouping) and a readable line. */
interface TimeError {
  kind: string;
  line: string;
  /** The issue's kind (issue 13) and the document's sub-corpus, for the summary table. */
  issue: string;
  corpus: string;
}

const WEEKDAY_RE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const MONTH_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;

/** What kind of value mismatch this is, so errors can be counted by kind and the biggest fixed first. */
export function valueErrorKind(gold: string, sys: string, goldText: string, sysText: string): string {
  const g = normValue(gold);
  const s = normValue(sys);
  if (/_REF$/.test(g) || /_REF$/.test(s)) return 'ref';
  if (/^P/.test(g) !== /^P/.test(s)) return 'duration-vs-date';
  const gPart = /T(MO|AF|EV|NI|DT)$/.exec(g);
  const sPart = /T(MO|AF|EV|NI|DT)$/.exec(s);
  const gDay = g.slice(0, 10);
  const sDay = s.slice(0, 10);
  if ((gPart || sPart) && (gPart?.[1] !== sPart?.[1]) && gDay === sDay) return 'part-of-day';
  if (/^\d{4}-\d\d-\d\d/.test(g) && /^\d{4}-\d\d-\d\d/.test(s) && WEEKDAY_RE.test(sysText)) {
    const diff = Math.round((Date.parse(sDay) - Date.parse(gDay)) / 864e5);
    if (diff % 7 === 0) return diff > 0 ? 'weekday-too-late' : 'weekday-too-early';
    return 'weekday-other';
  }
  if (g.includes('X') && g.replace(/X/g, '').length < s.length && s.startsWith(g.replace(/[-]?X+.*$/, ''))) return 'X-value';
  if (g.includes('X')) return 'X-other';
  if (/^\d{4}/.test(g) && /^\d{4}/.test(s) && g.slice(4) === s.slice(4) && g.slice(0, 4) !== s.slice(0, 4)) {
    return MONTH_RE.test(sysText) ? 'year-of-month' : /quarter|period|year|fiscal/i.test(sysText) ? 'year-of-period' : 'year-other';
  }
  if (/-W\d/.test(g) || /-W\d/.test(s)) return /-W\d/.test(g) && /-W\d/.test(s) ? 'week-shift' : 'week-granularity';
  if (/-Q\d|-H\d/.test(g) || /-Q\d|-H\d/.test(s)) return 'quarter';
  if (g.length !== s.length) return 'granularity';
  return 'other';
}

const NON_CALENDAR = /_REF$|X|^P/;

/** Granularity of a calendar value: day, week, month, quarter… (the first part that tells it apart). */
function granularityOf(v: string): string {
  if (/^\d{4}-\d\d-\d\dT/.test(v)) return 'time';
  if (/^\d{4}-\d\d-\d\d$/.test(v)) return 'day';
  if (/^\d{4}-W\d\d-WE$/.test(v)) return 'weekend';
  if (/^\d{4}-W\d\d$/.test(v)) return 'week';
  if (/^\d{4}-\d\d$/.test(v)) return 'month';
  if (/^\d{4}-Q\d$/.test(v)) return 'quarter';
  if (/^\d{4}-H\d$/.test(v)) return 'half';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(v)) return 'season';
  if (/^\d{4}$/.test(v)) return 'year';
  if (/^\d{3}$/.test(v)) return 'decade';
  if (/^\d{2}$/.test(v)) return 'century';
  return v;
}

/**
 * The issue's kinds of a wrong value (issue 13): non-calendar gold (X, *_REF, P…), ours non-calendar
 * where gold is a calendar value, wrong granularity, wrong direction (one side before the dateline, the
 * other after), else a wrong anchor date at the same granularity.
 */
export function issueKind(gold: string, sys: string, dct: string): string {
  const g = normValue(gold), s = normValue(sys);
  if (NON_CALENDAR.test(g)) return 'non-calendar gold (X, *_REF, P)';
  if (NON_CALENDAR.test(s)) return 'ours non-calendar, gold calendar';
  if (granularityOf(g) !== granularityOf(s)) return 'wrong granularity';
  const gk = sortKeyOf(g), sk = sortKeyOf(s);
  if (gk && sk && dct && gk <= dct !== sk <= dct) return 'wrong direction (past/future)';
  return 'wrong anchor date (same granularity)';
}

function ctx(text: string, a: Timex): string {
  return text.slice(Math.max(0, a.start - 50), a.end + 30).replace(/\s+/g, ' ');
}

function score(gold: Timex[], sys: Timex[], acc: Score, errors?: TimeError[], doc?: Doc): void {
  const text = doc?.text;
  const where = doc ? `${doc.name} dct=${doc.dct}` : '';
  const corpus = doc?.name.split('/')[0] ?? '';
  acc.sys += sys.length;
  acc.gold += gold.length;
  for (const s of sys) {
    if (gold.some((g) => overlap(g, s))) acc.relP++;
    if (gold.some((g) => g.start === s.start && g.end === s.end)) acc.strictP++;
  }
  const used = new Set<Timex>();
  for (const g of gold) {
    if (sys.some((s) => overlap(g, s))) acc.relR++;
    if (sys.some((s) => g.start === s.start && g.end === s.end)) acc.strictR++;
    // One-to-one pairing for values: the first unused overlapping system mention.
    const s = sys.find((x) => !used.has(x) && overlap(g, x));
    if (s) {
      used.add(s);
      acc.matched++;
      if (normValue(s.value) === normValue(g.value)) {
        acc.valueOk++;
        if (errors && (s.start !== g.start || s.end !== g.end)) errors.push({ kind: '', issue: 'span-only mismatch (value right)', corpus, line: '' });
      } else if (errors && text) {
        const gt = text.slice(g.start, g.end), st = text.slice(s.start, s.end);
        errors.push({ kind: `value/${valueErrorKind(g.value, s.value, gt, st)}`, issue: issueKind(g.value, s.value, doc!.dct), corpus, line: `gold=${g.value} sys=${s.value} «${gt}» / «${st}»  ${where}  …${ctx(text, s)}` });
      }
    } else if (errors && text) {
      const kind = /_REF$/.test(g.value) ? 'ref' : g.value.includes('X') ? 'X' : /^P/.test(g.value) ? 'duration' : 'date';
      errors.push({ kind: `miss/${kind}`, issue: NON_CALENDAR.test(g.value) ? 'ours missing, non-calendar gold' : 'ours missing, calendar gold', corpus, line: `${g.type} ${g.value} «${text.slice(g.start, g.end)}»  ${where}  …${ctx(text, g)}` });
    }
  }
  if (errors && text) {
    for (const s of sys) {
      if (gold.some((g) => overlap(g, s))) continue;
      const st = text.slice(s.start, s.end);
      const kind = /_REF$/.test(s.value) ? 'ref' : /T\d/.test(s.value) ? 'clock' : /^\d{4}$/.test(s.value) && /^\d{4}$/.test(st) ? 'bare-year' : /^P/.test(s.value) ? 'duration' : 'date';
      errors.push({ kind: `spurious/${kind}`, issue: /_REF$/.test(s.value) ? 'spurious *_REF' : 'spurious calendar', corpus, line: `${s.type} ${s.value} «${st}»  ${where}  …${ctx(text, s)}` });
    }
  }
}

/** Errors grouped by kind, biggest group first, each with its count. */
function errorReport(errors: TimeError[]): string {
  const byIssue = new Map<string, Map<string, number>>();
  for (const e of errors) {
    const m = byIssue.get(e.issue) ?? new Map<string, number>();
    m.set(e.corpus, (m.get(e.corpus) ?? 0) + 1);
    byIssue.set(e.issue, m);
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const issueLines = [...byIssue].sort((a, b) => total(b[1]) - total(a[1])).map(([k, m]) => `${String(total(m)).padStart(5)}  (TimeBank ${m.get('TimeBank') ?? 0}, AQUAINT ${m.get('AQUAINT') ?? 0})  ${k}`);
  const head = ['# issue-13 kinds (count)', ...issueLines, ''];
  errors = errors.filter((e) => e.kind);
  const groups = new Map<string, string[]>();
  for (const e of errors) {
    const g = groups.get(e.kind) ?? [];
    g.push(e.line);
    groups.set(e.kind, g);
  }
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  const out = [...head, '# error kinds (count)', ...sorted.map(([k, v]) => `${String(v.length).padStart(5)}  ${k}`), ''];
  for (const [k, v] of sorted) out.push(`## ${k} (${v.length})`, ...v, '');
  return out.join('\n');
}

function empty(): Score {
  return { sys: 0, gold: 0, strictP: 0, strictR: 0, relP: 0, relR: 0, matched: 0, valueOk: 0 };
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

interface Figures {
  counts: string;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  valueAcc: number;
  valueF1: number;
}

function figures(s: Score): Figures {
  const rp = s.sys ? s.relP / s.sys : 0;
  const rr = s.gold ? s.relR / s.gold : 0;
  const sp = s.sys ? s.strictP / s.sys : 0;
  const sr = s.gold ? s.strictR / s.gold : 0;
  const vp = s.sys ? s.valueOk / s.sys : 0;
  const vr = s.gold ? s.valueOk / s.gold : 0;
  return { counts: `${s.valueOk} right values / ${s.sys} found / ${s.gold} gold`, strictF1: f1(sp, sr), relaxedP: rp, relaxedR: rr, relaxedF1: f1(rp, rr), valueAcc: s.matched ? s.valueOk / s.matched : 0, valueF1: f1(vp, vr) };
}

const DT = new Set(['DATE', 'TIME']);

function evaluate(docs: Doc[], sys: System, dump?: string): { dt: Figures; all: Figures; ms: number; chars: number; byCorpus: Map<string, Figures> } {
  const dt = empty();
  const all = empty();
  const part = new Map<string, Score>();
  const errors: TimeError[] | undefined = dump ? [] : undefined;
  let ms = 0;
  let chars = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const out = sys(doc);
    ms += performance.now() - t0;
    chars += doc.text.length;
    score(doc.gold, out, all);
    score(doc.gold.filter((g) => DT.has(g.type)), out.filter((s) => DT.has(s.type)), dt, errors, doc);
    // TimeBank and AQUAINT apart: a rule specific enough to need it must hold on both.
    const corpus = doc.name.split('/')[0];
    if (!part.has(corpus)) part.set(corpus, empty());
    score(doc.gold.filter((g) => DT.has(g.type)), out.filter((s) => DT.has(s.type)), part.get(corpus)!);
  }
  if (dump && errors) fs.writeFileSync(dump, errorReport(errors));
  return { dt: figures(dt), all: figures(all), ms, chars, byCorpus: new Map([...part].map(([k, v]) => [k, figures(v)])) };
}

function fmt(f: Figures): string {
  const p = (x: number) => x.toFixed(3);
  return `relaxed P/R/F1 ${p(f.relaxedP)}/${p(f.relaxedR)}/${p(f.relaxedF1)}  strict F1 ${p(f.strictF1)}  value acc ${p(f.valueAcc)}  value F1 ${p(f.valueF1)}  (${f.counts})`;
}

// ------------------------------------------------------------------- speed

function speed(shared: string): number {
  const dir = path.join(shared, 'eval', 'polnear', 'train', 'text');
  if (!fs.existsSync(dir)) return NaN;
  const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const models = texts.map((t) => segment(t));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  // Best of 8 rounds: the figure is for one core; other jobs on a shared machine only slow some rounds.
  let best = Infinity;
  for (let round = 0; round < 8; round++) {
    const t0 = performance.now();
    let n = 0;
    for (const m of models) n += findTimes(m, m.dateline?.value ?? '2020-01-01').times.length;
    const ms = performance.now() - t0;
    if (ms < best) best = ms;
    if (round === 0) console.log(`  polnear train: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB, ${n} time expressions`);
  }
  const mbs = bytes / 1e6 / (best / 1000);
  console.log(`  findTimes speed: ${mbs.toFixed(1)} MB/s (best of 8: ${best.toFixed(0)} ms; segmentation excluded)`);
  return mbs;
}

export async function run(shared: string): Promise<boolean> {
  const docs = loadDocs(shared);
  const goldCount = docs.reduce((n, d) => n + d.gold.length, 0);
  console.log(`TimeBank+AQUAINT: ${docs.length} documents, ${goldCount} gold TIMEX3`);
  // `npm run eval -- time --errors[=FILE]` (or TIME_EVAL_DUMP=FILE): DATE/TIME errors grouped by kind.
  const flag = process.argv.find((a) => a === '--errors' || a.startsWith('--errors='));
  const dump = flag ? (flag.includes('=') ? flag.slice(9) : path.join('out', 'time-errors.txt')) : process.env.TIME_EVAL_DUMP;
  if (dump) console.log(`errors by kind written to ${dump}`);
  const mine = evaluate(docs, ours, dump);
  console.log(`ours          DATE/TIME: ${fmt(mine.dt)}`);
  console.log(`ours          all types: ${fmt(mine.all)}   (${(mine.chars / 1e6 / (mine.ms / 1000)).toFixed(1)} MB/s, one cold pass incl. segmentation)`);
  for (const [corpus, f] of mine.byCorpus) console.log(`  ours ${corpus.padEnd(9)}DATE/TIME: ${fmt(f)}`);
  let bestLibValueF1 = 0;
  let bestLibSpanF1 = 0;
  const skipLibs = process.env.TIME_EVAL_SKIP_LIBS === '1' || process.argv.includes('--no-libs');
  const libs: [string, System | null][] = skipLibs ? [] : [['chrono-node', loadChrono()], ['recognizers  ', loadRecognizers()]];
  for (const [name, sys] of libs) {
    if (!sys) {
      console.log(`${name}: not installed, skipped`);
      continue;
    }
    const r = evaluate(docs, sys);
    console.log(`${name.padEnd(13)} DATE/TIME: ${fmt(r.dt)}`);
    console.log(`${name.padEnd(13)} all types: ${fmt(r.all)}   (${(r.chars / 1e6 / (r.ms / 1000)).toFixed(3)} MB/s, one cold pass)`);
    bestLibValueF1 = Math.max(bestLibValueF1, r.dt.valueF1);
    bestLibSpanF1 = Math.max(bestLibSpanF1, r.dt.relaxedF1);
  }
  const mbs = speed(shared);
  const ok =
    // Issue 13's floors (the earlier foundation floors were 0.80 and 0.90).
    mine.dt.valueF1 >= 0.88 &&
    mine.dt.relaxedF1 >= 0.92 &&
    mine.dt.valueF1 > bestLibValueF1 &&
    mine.dt.relaxedF1 > bestLibSpanF1;
  // Speed is reported here for context only; speed goals are checked by `npm run bench`, not by the eval.
  console.log(`floors (issue 13): value F1 (DATE/TIME) >= 0.88, relaxed span F1 (DATE/TIME) >= 0.92, both above each library (speed ${mbs.toFixed(1)} MB/s, informational)`);
  return ok;
}
