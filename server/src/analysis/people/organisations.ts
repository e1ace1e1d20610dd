// Organisation names from the name tagger: its ORG spans (CoNLL-2003 labels B-ORG, I-ORG), less any
// word the people stage made a person's mention. The engine's `organisations` list groups them.
import type { Span } from '../types';
import { isDefiniteArticle, type Unit } from './units';
import { ORG_JOINTS, ORGANISATION_HEADS, PLACES, TITLES, TITLE_WORDS } from './lexicon';

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
  const close = (end: number) => {
    if (open < 0) return;
    const first = open;
    open = -1;
    for (let k = first; k <= end; k++) if (isPerson(units[k].start)) return;
    if (titleBeforeName(units, end, isPerson) || isPlace(units, first, end) || insideTitle(units, first, end)) return;
    end = headComplement(units, labels, end);
    out.push({ start: units[first].start, end: units[end].end });
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
    close(i - 1);
    // Not in a headline written in title case ("Avoid Bad Optics"): every word there looks like a name.
    if ((l === B_ORG || l === I_ORG) && !titleCase.has(units[i].sentence)) {
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
 * Rule orgs.head-complement: an organisation head the tagger closed too early takes its "of"/"for"
 * complement of capitalised words ("the University of Michigan", "the Center for American Progress",
 * "Center of Research for Development"), which it had read as a place or left out. The last unit of the name.
 */
function headComplement(units: readonly Unit[], labels: Uint8Array, end: number): number {
  if (!ORGANISATION_HEADS.has(units[end].id, units[end].text)) return end;
  let k = end;
  while (k + 2 < units.length && units[k + 1].sentence === units[end].sentence && ORG_JOINTS.has(units[k + 1].id, units[k + 1].text) && units[k + 1].text !== '&') {
    let j = k + 2;
    while (j < units.length && units[j].sentence === units[end].sentence && units[j].kind === 'word' && units[j].cap && labels[j] !== B_PER && labels[j] !== I_PER) j++;
    if (j === k + 2) break;
    k = j - 1;
  }
  return k;
}
