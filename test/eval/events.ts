// `npm run eval -- events`: dated events against TimeML event–time links on TimeBank + AQUAINT, by the
// definition of issue #13, so dev and held-out figures mean the same thing:
//  - a *gold dated event* is an <EVENT> with a TLINK (read from the event's side; links written from the
//    time's side are inverted) of type IS_INCLUDED, SIMULTANEOUS, IDENTITY, DURING, BEGINS or ENDS to a
//    TIMEX3 that is not the DCT, of type DATE or TIME, whose value is a calendar value without X
//    (1998-02-13, 1998-W07, 1998-Q3, 1998-02-13T14:00), in the event's own sentence;
//  - ours matches when its `verb` overlaps the gold EVENT and its date, at our granularity, contains the
//    gold time (2013-03 contains 2013-03-22, not the reverse); one-to-one per document, in text order;
//  - precision also accepts a date the gold implies through event–event SIMULTANEOUS / IS_INCLUDED links;
//  - date accuracy: share of verb-aligned pairs whose date contains the gold time;
//  - spurious anchoring: our dated events whose anchor overlaps no gold time linked to a gold event of
//    the same sentence.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../support/models';
import { sentenceAt } from '../../server/src/analysis/text';

/** Issue #13's floors. */
export const FLOORS = { precision: 0.8, recall: 0.7, dateAccuracy: 0.95, spurious: 0.05 };

interface Span {
  start: number;
  end: number;
}
interface GoldTime extends Span {
  tid: string;
  type: string;
  value: string;
  dct: boolean;
}
interface GoldEvent extends Span {
  eid: string;
}
interface Link {
  rel: string;
  event?: string; // eiid or eid on the event side
  time?: string;
  otherEvent?: string;
}
export interface EventDoc {
  name: string;
  text: string;
  dct: string;
  times: GoldTime[];
  events: GoldEvent[];
  /** eiid → eid. */
  instances: Map<string, string>;
  links: Link[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attrsOf(tag: string): Record<string, string> {
  const a: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) a[m[1]] = m[2];
  return a;
}

export function parseEventTml(xml: string, name: string): EventDoc {
  const dctM = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]*)"/.exec(xml);
  const dct = dctM ? dctM[1].slice(0, 10) : '';
  const a = xml.indexOf('<TEXT>');
  const b = xml.indexOf('</TEXT>');
  const body = xml.slice(a + 6, b);
  let out = '';
  const times: GoldTime[] = [];
  const events: GoldEvent[] = [];
  const open: { kind: 'T' | 'E'; start: number; attrs: Record<string, string> }[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c === '<') {
      const close = body.indexOf('>', i);
      const tag = body.slice(i + 1, close);
      if (tag.startsWith('TIMEX3') && !tag.endsWith('/')) open.push({ kind: 'T', start: out.length, attrs: attrsOf(tag) });
      else if (tag.startsWith('EVENT') && !tag.endsWith('/')) open.push({ kind: 'E', start: out.length, attrs: attrsOf(tag) });
      else if (tag === '/TIMEX3' || tag === '/EVENT') {
        const o = open.pop();
        if (o?.kind === 'T') times.push({ start: o.start, end: out.length, tid: o.attrs.tid ?? '', type: o.attrs.type ?? '', value: o.attrs.value ?? '', dct: o.attrs.functionInDocument === 'CREATION_TIME' });
        else if (o?.kind === 'E') events.push({ start: o.start, end: out.length, eid: o.attrs.eid ?? '' });
      }
      i = close + 1;
    } else if (c === '&') {
      const semi = body.indexOf(';', i);
      const ent = body.slice(i + 1, semi);
      out += ENTITIES[ent] ?? (ent.startsWith('#') ? String.fromCharCode(parseInt(ent.slice(1).replace(/^x/, '0x'))) : '&' + ent + ';');
      i = semi + 1;
    } else {
      out += c;
      i++;
    }
  }
  const instances = new Map<string, string>();
  for (const m of xml.matchAll(/<MAKEINSTANCE[^>]*>/g)) {
    const at = attrsOf(m[0]);
    if (at.eiid && at.eventID) instances.set(at.eiid, at.eventID);
  }
  const dctTid = /<DCT>\s*<TIMEX3[^>]*\btid="([^"]*)"/.exec(xml)?.[1] ?? 't0';
  const links: Link[] = [];
  for (const m of xml.matchAll(/<TLINK[^>]*>/g)) {
    const at = attrsOf(m[0]);
    const ev = at.eventInstanceID;
    const tm = at.timeID;
    if (ev && at.relatedToTime) links.push({ rel: at.relType, event: ev, time: at.relatedToTime });
    else if (tm && at.relatedToEventInstance) links.push({ rel: INVERSE[at.relType] ?? at.relType, event: at.relatedToEventInstance, time: tm });
    else if (ev && at.relatedToEventInstance) links.push({ rel: at.relType, event: ev, otherEvent: at.relatedToEventInstance });
  }
  for (const t of times) if (t.tid === dctTid) t.dct = true;
  return { name, text: out, dct, times, events, instances, links };
}

const INVERSE: Record<string, string> = {
  INCLUDES: 'IS_INCLUDED',
  IS_INCLUDED: 'INCLUDES',
  BEGINS: 'BEGUN_BY',
  BEGUN_BY: 'BEGINS',
  ENDS: 'ENDED_BY',
  ENDED_BY: 'ENDS',
  BEFORE: 'AFTER',
  AFTER: 'BEFORE',
  IBEFORE: 'IAFTER',
  IAFTER: 'IBEFORE',
  DURING: 'DURING_INV',
  DURING_INV: 'DURING',
};

const DATING = new Set(['IS_INCLUDED', 'SIMULTANEOUS', 'IDENTITY', 'DURING', 'BEGINS', 'ENDS']);
const CALENDAR = /^\d{4}(?:-(?:\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?|W\d{2}|Q[1-4]))?$/;

/** A calendar value as a day interval [start, end) in days since 1970-01-01, or null. */
export function intervalOf(v: string): [number, number] | null {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v))) {
    const d = day(+m[1], +m[2], +m[3]);
    return [d, d + 1];
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
    const jan4 = day(+m[1], 1, 4);
    const dow = (new Date(jan4 * 86400000).getUTCDay() + 6) % 7;
    const start = jan4 - dow + (+m[2] - 1) * 7;
    return [start, start + 7];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const q = +m[2];
    return [day(+m[1], 3 * q - 2, 1), day(+m[1], 3 * q + 1, 1)];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return [day(+m[1], +m[2], 1), day(+m[1], +m[2] + 1, 1)];
  if ((m = /^(\d{4})$/.exec(v))) return [day(+m[1], 1, 1), day(+m[1] + 1, 1, 1)];
  return null;
}

function contains(ours: string, gold: string): boolean {
  const a = intervalOf(ours);
  const b = intervalOf(gold);
  return !!a && !!b && a[0] <= b[0] && b[1] <= a[1];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

interface Figures {
  /** Per rule id (ArticleEvent.rule): our dated events and how many of them are right. */
  byRule: Map<string, { ours: number; right: number }>;
  gold: number;
  ours: number;
  aligned: number;
  rightDate: number;
  precisionHits: number;
  spurious: number;
}

/** Gold dated events of a document: event → the calendar values dating it. */
function goldDated(doc: EventDoc, sentenceOf: (o: number) => number): Map<GoldEvent, string[]> {
  const byEid = new Map(doc.events.map((e) => [e.eid, e]));
  const byTid = new Map(doc.times.map((t) => [t.tid, t]));
  const out = new Map<GoldEvent, string[]>();
  for (const l of doc.links) {
    if (!l.time || !l.event || !DATING.has(l.rel)) continue;
    const e = byEid.get(doc.instances.get(l.event) ?? l.event);
    const t = byTid.get(l.time);
    if (!e || !t || t.dct || (t.type !== 'DATE' && t.type !== 'TIME') || !CALENDAR.test(t.value)) continue;
    if (sentenceOf(e.start) !== sentenceOf(t.start)) continue;
    out.set(e, [...(out.get(e) ?? []), t.value]);
  }
  return out;
}

export function scoreDoc(doc: EventDoc, acc: Figures, options: { syntax?: null } = {}): void {
  const a = analyzeArticle(doc.text, { date: doc.dct || undefined, ...options });
  const sentenceOf = (o: number) => sentenceAt(a.model.sentences, o)?.index ?? -1;
  const gold = goldDated(doc, sentenceOf);
  // Dates implied through event–event links (for precision only).
  const implied = new Map<GoldEvent, string[]>();
  const byEid = new Map(doc.events.map((e) => [e.eid, e]));
  for (const l of doc.links) {
    if (!l.otherEvent || !l.event || (l.rel !== 'SIMULTANEOUS' && l.rel !== 'IS_INCLUDED' && l.rel !== 'IDENTITY')) continue;
    const e1 = byEid.get(doc.instances.get(l.event) ?? l.event);
    const e2 = byEid.get(doc.instances.get(l.otherEvent) ?? l.otherEvent);
    if (e1 && e2 && gold.has(e2)) implied.set(e1, [...(implied.get(e1) ?? []), ...gold.get(e2)!]);
  }
  const dated = a.events.filter((e) => e.date);
  acc.gold += gold.size;
  acc.ours += dated.length;
  const used = new Set<GoldEvent>();
  const goldList = [...gold.keys()].sort((x, y) => x.start - y.start);
  for (const e of dated) {
    const hitsBefore = acc.precisionHits;
    const g = goldList.find((x) => !used.has(x) && overlaps(x, e.verb));
    if (g) {
      used.add(g);
      acc.aligned++;
      if (gold.get(g)!.some((v) => contains(e.date!, v))) {
        acc.rightDate++;
        acc.precisionHits++;
      }
    } else {
      const ev = doc.events.find((x) => overlaps(x, e.verb) && implied.has(x));
      if (ev && implied.get(ev)!.some((v) => contains(e.date!, v))) acc.precisionHits++;
    }
    const rule = acc.byRule.get(e.rule ?? '?') ?? { ours: 0, right: 0 };
    rule.ours++;
    if (acc.precisionHits > hitsBefore) rule.right++;
    acc.byRule.set(e.rule ?? '?', rule);
    // Spurious anchoring: the anchor is no gold time linked to a gold event of its sentence.
    const anchor = e.anchor;
    const t = anchor ? doc.times.find((x) => overlaps(x, anchor)) : undefined;
    const linked =
      t &&
      doc.links.some((l) => {
        if (l.time !== t.tid || !l.event) return false;
        const ge = byEid.get(doc.instances.get(l.event) ?? l.event);
        return !!ge && sentenceOf(ge.start) === sentenceOf(t.start);
      });
    if (!linked) acc.spurious++;
  }
}

export function loadEventDocs(shared: string): EventDoc[] {
  const docs: EventDoc[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const dir = path.join(shared, 'eval', 'tempeval3', sub);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.tml')) docs.push(parseEventTml(fs.readFileSync(path.join(dir, f), 'utf8'), `${sub}/${f}`));
  }
  return docs;
}

function figuresOf(acc: Figures): { p: number; r: number; f: number; da: number; sp: number } {
  const p = acc.ours ? acc.precisionHits / acc.ours : 0;
  const r = acc.gold ? acc.rightDate / acc.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, da: acc.aligned ? acc.rightDate / acc.aligned : 0, sp: acc.ours ? acc.spurious / acc.ours : 0 };
}

export async function run(shared: string): Promise<boolean> {
  const docs = loadEventDocs(shared);
  const acc: Figures = { byRule: new Map(), gold: 0, ours: 0, aligned: 0, rightDate: 0, precisionHits: 0, spurious: 0 };
  // The baseline in the same run: the word-based engine, which is what the engine does without a syntax model.
  const base: Figures = { byRule: new Map(), gold: 0, ours: 0, aligned: 0, rightDate: 0, precisionHits: 0, spurious: 0 };
  for (const d of docs) {
    scoreDoc(d, acc);
    scoreDoc(d, base, { syntax: null });
  }
  const x = (v: number) => v.toFixed(3);
  const line = (label: string, a: Figures) => {
    const { p, r, f, da, sp } = figuresOf(a);
    console.log(`  ${label}: precision ${x(p)} (floor ${FLOORS.precision})  recall ${x(r)} (floor ${FLOORS.recall})  F1 ${x(f)}  date accuracy ${x(da)} (floor ${FLOORS.dateAccuracy})  spurious anchoring ${x(sp)} (ceiling ${FLOORS.spurious})  [ours dated ${a.ours}, verb-aligned ${a.aligned}]`);
  };
  console.log(`TimeBank+AQUAINT (${docs.length} documents): gold dated events ${acc.gold}`);
  line('engine (parse)', acc);
  line('baseline (word-based, no syntax)', base);
  console.log(`  precision per rule (engine): ${[...acc.byRule.entries()].sort((x, y) => y[1].ours - x[1].ours).map(([k, v]) => `${k} ${(v.right / v.ours).toFixed(2)} (${v.right}/${v.ours})`).join(', ')}`);
  const { p, r, da, sp } = figuresOf(acc);
  return p >= FLOORS.precision && r >= FLOORS.recall && da >= FLOORS.dateAccuracy && sp <= FLOORS.spurious;
}
