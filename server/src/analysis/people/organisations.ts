// Organisation names from the name tagger: its ORG spans (CoNLL-2003 labels B-ORG, I-ORG), less any
// word the people stage made a person's mention. The engine's `organisations` list groups them.
import type { Span } from '../types';
import { isDefiniteArticle, type Unit } from './units';
import { COMPLEMENT_COORDINATORS, COMPLEMENT_HEADS, COMPLEMENT_JOINTS, ORG_JOINTS, PLACES, TITLES, TITLE_WORDS } from './lexicon';
import { Lex } from '../lexicon/vocabulary';

/** Tagger label indices (features.ts LABELS): an organisation B-ORG 3, I-ORG 4; B-MISC 7, I-MISC 8. */
const B_ORG = 3;
const I_ORG = 4;
const B_MISC = 7;
const B_PER = 1;
const I_PER = 2;
const I_MISC = 8;

/** The spans of consecutive ORG-labelled word units (a B-ORG opens a new one), none touching a person's mention nor in a title-case sentence. */
export function organisationSpans(units: readonly Unit[], labels: Uint8Array, titleCase: ReadonlySet<number>, isPerson: (offset: number) => boolean): Span[] {
  const out: Span[] = [];
  let open = -1;
  // The last unit of the last name emitted: a name widened backwards stops after it.
  let emitted = -1;
  const touchesPerson = (first: number, end: number) => {
    for (let k = first; k <= end; k++) if (isPerson(units[k].start)) return true;
    return false;
  };
  /** Emits the open span (units open..end) widened to its head's name; returns its last unit, or -1. */
  const close = (end: number): number => {
    if (open < 0) return -1;
    let first = open;
    open = -1;
    // The name the span is part of (rules orgs.head-before, orgs.head-complement), unless that reaches a person.
    const wideFirst = headBefore(units, labels, first, emitted + 1);
    const wideEnd = headComplement(units, isPerson, wideFirst, end);
    if (!touchesPerson(wideFirst, wideEnd)) {
      first = wideFirst;
      end = wideEnd;
    }
    if (touchesPerson(first, end)) return -1;
    if (titleBeforeName(units, end, isPerson) || isPlace(units, first, end) || insideTitle(units, first, end)) return -1;
    out.push({ start: units[first].start, end: units[end].end });
    emitted = end;
    return end;
  };
  const isOrg = (k: number) => k < units.length && (labels[k] === B_ORG || labels[k] === I_ORG);
  for (let i = 0; i < units.length; i++) {
    const l = labels[i];
    const inside = l === I_ORG && open >= 0 && units[i].sentence === units[open].sentence;
    if (inside) continue;
    // "Bailey & Glasser", "Bank of America": one name across a connector the tagger left outside, when
    // the words on both sides are the organisation's.
    if (open >= 0 && isOrg(i - 1) && isOrg(i + 1) && units[i + 1].sentence === units[open].sentence && isNameJoint(units[i])) {
      i++;
      continue;
    }
    // A name widened over its head's complement covers the units after it ("for American Progress").
    const closed = close(i - 1);
    if (closed >= i) {
      i = closed;
      continue;
    }
    // Not in a headline written in title case ("Avoid Bad Optics"): every word there looks like a name.
    if ((l === B_ORG || l === I_ORG || isMiscHead(units, labels, i, isPerson)) && !titleCase.has(units[i].sentence)) {
      open = i;
      // "Republican National Committee", "American Red Cross": the party or nationality word the tagger
      // read as MISC right before the name is part of it.
      // Not a modifier ("Brussels-based", "Republican-led") nor before a one-word name ("the Democratic Senate").
      const misc = i > 0 && (labels[i - 1] === B_MISC || labels[i - 1] === I_MISC) && units[i - 1].sentence === units[i].sentence && units[i - 1].kind === 'word' && units[i - 1].cap && !units[i - 1].text.includes('-');
      if (misc && labels[i + 1] === I_ORG && units[i + 1].sentence === units[i].sentence) open = i - 1;
    }
  }
  close(units.length - 1);
  return out;
}

/** A unit that may join two parts of one organisation's name: "&", "of", "for". */
function isNameJoint(u: Unit): boolean {
  return ORG_JOINTS.has(u.id, u.text);
}

/**
 * Rule orgs.title-prefix: a span ending in a title word right before a person's name ("Sen. David Perdue",
 * "Vermont Sen. Bernie Sanders", "Senate Minority Leader Harry Reid", "Mr. Obama") is the title, which the
 * tagger read as an organisation; capitalised title words may stand between it and the name.
 */
function titleBeforeName(units: readonly Unit[], end: number, isPerson: (offset: number) => boolean): boolean {
  const last = units[end];
  if (!last.cap || !TITLE_WORDS.has(last.id, last.text)) return false;
  for (let k = end + 1; k < units.length && k <= end + 3 && units[k].sentence === last.sentence; k++) {
    if (isPerson(units[k].start)) return true;
    if (!units[k].cap || !TITLE_WORDS.has(units[k].id, units[k].text)) return false;
  }
  return false;
}

/** How many words before a span a title phrase that covers it may start ("Secretary of State"). */
const TITLE_REACH = 3;

/** Rule orgs.in-title: the span ends a title phrase ("Former Secretary of State": "State" read as an organisation). */
function insideTitle(units: readonly Unit[], first: number, end: number): boolean {
  const from = Math.max(0, first - TITLE_REACH);
  const words: string[] = [];
  for (let k = from; k <= end; k++) words.push(units[k].text);
  for (let k = 0; k < first - from; k++) if (k + TITLES.match(words, k) >= words.length) return true;
  return false;
}

/**
 * Rule orgs.place: a country, state or city named whole ("Bernie Sanders of Vermont", "in New Hampshire") is a
 * place, whatever a sports page would make of it — but "the Pentagon", "the Vatican": a building or see named by
 * one word after "the" stands for the institution in it (not a plural: "the Philippines" is a country).
 */
function isPlace(units: readonly Unit[], first: number, end: number): boolean {
  const the = first > 0 && isDefiniteArticle(units[first - 1]);
  if (first === end && the && !units[end].lower.endsWith('s')) return false;
  const words: string[] = [];
  for (let k = first; k <= end; k++) if (units[k].kind === 'word') words.push(units[k].text);
  return words.length > 0 && PLACES.match(words, 0) === words.length;
}

/**
 * Rule orgs.head-open: an organisation head the tagger read as another kind of name ("Center" in "the Center
 * for American Progress", read MISC) opens a name when its complement follows ("for" and a capitalised word).
 */
function isMiscHead(units: readonly Unit[], labels: Uint8Array, i: number, isPerson: (offset: number) => boolean): boolean {
  if (labels[i] !== B_MISC && labels[i] !== I_MISC) return false;
  const u = units[i];
  const joint = i + 1 < units.length ? units[i + 1] : undefined;
  return u.cap && COMPLEMENT_HEADS.has(u.id, u.text) && !!joint && COMPLEMENT_JOINTS.has(joint.id, joint.text) && runEnd(units, isPerson, i + 2, u.sentence) > i + 2;
}

/**
 * One past the last word of the run of capitalised name words from unit j in sentence s: no word of a person's
 * mention (the people stage's reading, not the tagger's, which takes "Responsive Politics" for a person), no
 * date word ("on Friday", "in October") and no title before a person ("University of Texas President Greg Fenves").
 */
function runEnd(units: readonly Unit[], isPerson: (offset: number) => boolean, j: number, s: number): number {
  while (j < units.length) {
    const u = units[j];
    if (u.sentence !== s || u.kind !== 'word' || !u.cap || isPerson(u.start) || u.flags & (Lex.MONTH | Lex.WEEKDAY)) break;
    if (TITLE_WORDS.has(u.id, u.text) && titlesPerson(units, isPerson, j)) break;
    j++;
  }
  return j;
}

/** The title words from unit j on end at a person's name ("President Greg Fenves"; not "Foreign Relations"). */
function titlesPerson(units: readonly Unit[], isPerson: (offset: number) => boolean, j: number): boolean {
  for (let k = j + 1; k < units.length && k <= j + 3 && units[k].sentence === units[j].sentence && units[k].cap; k++) if (isPerson(units[k].start)) return true;
  return false;
}

/** Units [a, b) name a place whole ("Ohio", "Long Island"). */
function isPlaceRun(units: readonly Unit[], a: number, b: number): boolean {
  const words: string[] = [];
  for (let k = a; k < b; k++) words.push(units[k].text);
  return words.length > 0 && PLACES.match(words, 0) === words.length;
}

/**
 * Rule orgs.head-complement: an organisation's head takes its complement of capitalised words, which the
 * tagger closed too early or left out ("the University of Michigan", "the Center for American Progress",
 * "Council on Foreign Relations", "Center of Research for Development", "the Department of Veterans Affairs"
 * read without "Affairs"), across "and" or "&" inside it ("Office of Management and Budget", "Center for
 * Strategic and International Studies"), once, and not after a place ("the University of Chicago and Professor
 * Knittel") nor before another head's complement; "on" opens no date and no place ("the Council on Friday", "Hofstra University on Long Island").
 * The last unit of the name.
 */
function headComplement(units: readonly Unit[], isPerson: (offset: number) => boolean, first: number, end: number): number {
  const s = units[end].sentence;
  // The last head of the span whose complement opens in it, or the span's last word when that is a head.
  let head = -1;
  for (let i = end; i >= first && head < 0; i--) {
    const u = units[i];
    if (!COMPLEMENT_HEADS.has(u.id, u.text)) continue;
    if (i === end || COMPLEMENT_JOINTS.has(units[i + 1].id, units[i + 1].text)) head = i;
  }
  if (head < 0) return end;
  // A complement the span holds part of runs on ("Department of Veterans" + "Affairs").
  let runStart = head < end ? head + 2 : -1;
  let joined = false;
  let k = head < end ? runEnd(units, isPerson, end + 1, s) - 1 : end;
  while (k + 2 < units.length && units[k + 1].sentence === s) {
    const joint = units[k + 1];
    const opens = COMPLEMENT_JOINTS.has(joint.id, joint.text);
    // One "and" a name ("American Congress of Obstetricians and Gynecologists and Easter Seals" names two).
    const joins: boolean = !opens && !joined && runStart >= 0 && COMPLEMENT_COORDINATORS.has(joint.id, joint.text) && !isPlaceRun(units, runStart, k + 1);
    if (!opens && !joins) break;
    const j = runEnd(units, isPerson, k + 2, s);
    if (j === k + 2 || (joint.lower === 'on' && isPlaceRun(units, k + 2, j))) break;
    // Nor before another head's complement ("… of Black Journalists and National Association of Hispanic Journalists").
    if (joins && j < units.length && units[j].sentence === s && COMPLEMENT_JOINTS.has(units[j].id, units[j].text) && COMPLEMENT_HEADS.has(units[j - 1].id, units[j - 1].text)) break;
    if (opens) runStart = k + 2;
    joined ||= joins;
    k = j - 1;
  }
  return k;
}

/**
 * Rule orgs.head-before: a span that is an organisation head's complement ("Appeals", "Presidential Debates",
 * the tagger's reading of "the Court of Appeals", "the Commission on Presidential Debates") starts at the head,
 * with the capitalised words the tagger read as part of a name before it ("Federal Bureau of Prisons", "Wisconsin Court of
 * Appeals"), none of them in the name before (`floor`, its end + 1). Its first unit.
 */
function headBefore(units: readonly Unit[], labels: Uint8Array, first: number, floor: number): number {
  const s = units[first].sentence;
  const h = first - 2;
  if (h < floor || units[h].sentence !== s || !COMPLEMENT_JOINTS.has(units[first - 1].id, units[first - 1].text)) return first;
  const head = units[h];
  if (!head.cap || !COMPLEMENT_HEADS.has(head.id, head.text) || labels[h] === B_PER || labels[h] === I_PER) return first;
  let f = h;
  while (f > floor && units[f - 1].sentence === s && units[f - 1].kind === 'word' && units[f - 1].cap && labels[f - 1] !== 0 && labels[f - 1] !== B_PER && labels[f - 1] !== I_PER) f--;
  return f;
}
