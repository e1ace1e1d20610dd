// Organisation names from the name tagger: its ORG spans (CoNLL-2003 labels B-ORG, I-ORG), less any
// word the people stage made a person's mention. The engine's `organisations` list groups them.
import type { Span } from '../types';
import type { Unit } from './units';
import { ORG_JOINTS } from './lexicon';

/** Tagger label indices (features.ts LABELS): an organisation B-ORG 3, I-ORG 4; B-MISC 7, I-MISC 8. */
const B_ORG = 3;
const I_ORG = 4;
const B_MISC = 7;
const I_MISC = 8;

/** The spans of consecutive ORG-labelled word units (a B-ORG opens a new one), none touching a person's mention nor in a title-case sentence. */
export function organisationSpans(units: readonly Unit[], labels: Uint8Array, titleCase: ReadonlySet<number>, isPerson: (offset: number) => boolean): Span[] {
  const out: Span[] = [];
  let open = -1;
  const close = (end: number) => {
    if (open < 0) return;
    const a = units[open].start;
    const b = units[end].end;
    let person = false;
    for (let k = open; k <= end && !person; k++) person = isPerson(units[k].start);
    if (!person) out.push({ start: a, end: b });
    open = -1;
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
