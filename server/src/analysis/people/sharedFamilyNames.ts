// Rule people.shared-family-name: a first name alone, coordinated before a first name and a family name, shares
// that family name: "Charles and David Koch", "Robert and Rebekah Mercer", "Henry and Sophie Siegel" named a
// person "Charles", "Robert", "Henry". Runs once the names are clustered and changes the name shown and its words
// (the lone form becomes an alias), before mergeEarlyFirstNames: a lone "David" with a family name of its own
// must not join the one "David Eisenhower" named later ("David and Jeanne Heidler"). No mention changes person here.
// Not a word that ends a longer name ("Sen. Rand Paul and Carly Fiorina": "Paul" is a family name).
// The first name may keep its middle initial, and the shared family name is the other's without theirs: "the
// brothers Charles G. and David H. Koch" (New York Times, PolNeAR dev) named "Charles G.", and "Charles and
// David H. Koch" would have named "Charles H. Koch".
import { isKnownFirstName } from './lexicon';
import { isMiddleInitial } from './names';
import type { Cluster } from './clusters';
import type { Unit } from './units';

export function shareFamilyNames(units: readonly Unit[], clusters: readonly Cluster[]): void {
  // Most articles name nobody by a first name alone: nothing to index.
  const lone = clusters.filter((cl) => (cl.words.length === 1 || (cl.words.length === 2 && isMiddleInitial(cl.words[1]))) && cl.mentions.length > 0 && isKnownFirstName(cl.words[0]));
  if (!lone.length) return;
  const unitAt = new Map<number, number>();
  units.forEach((u, i) => unitAt.set(u.start, i));
  const byStart = new Map<number, Cluster>();
  for (const cl of clusters) for (const m of cl.mentions) if (m.kind === 'name') byStart.set(m.start, cl);
  for (const cl of lone) {
    for (const m of cl.mentions) {
      if (m.kind !== 'name') continue;
      const i = unitAt.get(m.start);
      if (i === undefined) continue;
      // The unit after the mention ("Charles G." may be more than one unit).
      let j = i;
      while (j < units.length && units[j].start < m.end) j++;
      if (j + 1 >= units.length) continue;
      const before = i > 0 ? units[i - 1] : undefined;
      if (before && before.sentence === units[i].sentence && before.kind === 'word' && before.cap) continue;
      const and = units[j];
      if (and.kind !== 'word' || (and.lower !== 'and' && and.text !== '&')) continue;
      const next = units[j + 1];
      const other = byStart.get(next.start);
      const full = other?.mentions.find((x) => x.start === next.start);
      if (!other || other === cl || !full) continue;
      const words = full.text.split(/\s+/);
      if (words.length < 2 || !isKnownFirstName(words[0])) continue;
      let f = 1;
      while (f < words.length - 1 && isMiddleInitial(words[f])) f++;
      const family = words.slice(f);
      if (!cl.forms.includes(cl.name)) cl.forms.push(cl.name);
      cl.words = [...cl.words, ...family];
      cl.name = cl.words.join(' ');
      break;
    }
  }
}
