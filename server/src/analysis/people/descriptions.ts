// Role phrases resolved to the person they describe: a capitalised title before a comma and a name is
// that person's ("the President of Colombia, Gustavo Petro"); a definite role phrase ("the senator",
// "The president said", "the Florida senator", "the Republican lawmaker") is the one person named
// before it who holds that role and fits its modifiers. Each becomes a `title` mention, or a `description` one
// when the role has modifiers or is a general role word.
import { isDefiniteArticle, type Unit } from './units';
import type { Candidate, TitlePhrase } from './names';
import { ROLE_FAMILIES, ROLE_TITLE_HEADS } from './lexicon';
import { pushUnique, type Cluster } from './clusters';
import { describedAsAll, roleHead } from './titles';

export function resolveDescriptions(text: string, units: Unit[], phrases: TitlePhrase[], candidates: Candidate[], assigned: Map<Candidate, Cluster>, clusters: Cluster[], roleHeads: Map<string, string>): void {
  const byFirst = new Map<number, Candidate>();
  for (const c of candidates) byFirst.set(c.first, c);
  // People holding each role head, by first mention (computed once per head).
  const holdersOf = new Map<string, Array<{ start: number; cl: Cluster }>>();
  // Whether a person fits a phrase's modifiers, once per person and modifiers.
  const fitMemo = new Map<Cluster, Map<string, boolean>>();
  const fits = (cl: Cluster, key: string, qualifiers: readonly string[]): boolean => {
    let m = fitMemo.get(cl);
    if (!m) fitMemo.set(cl, (m = new Map()));
    let v = m.get(key);
    if (v === undefined) m.set(key, (v = describedAsAll(cl, qualifiers)));
    return v;
  };
  const holders = (head: string) => {
    let list = holdersOf.get(head);
    if (!list) {
      list = [];
      for (const cl of clusters) {
        if (!cl.mentions.length) continue;
        // "the lawmaker" covers every legislative role head (people/lexicon.json roleFamilies).
        const family = ROLE_FAMILIES.get(head);
        const holds = (x: string) => {
          const h = roleHead(roleHeads, x);
          return h === head || (!!family && family.has(h));
        };
        if (!cl.titles.some(holds) && !cl.descriptors.some(holds)) continue;
        let first = cl.mentions[0].start;
        for (const m of cl.mentions) if (m.start < first) first = m.start;
        list.push({ start: first, cl });
      }
      list.sort((a, b) => a.start - b.start);
      holdersOf.set(head, list);
    }
    return list;
  };
  for (const t of phrases) {
    // Appositive: "the President of Colombia, Gustavo Petro".
    let start = t.start;
    const before = t.first;
    if (before > 0 && isDefiniteArticle(units[before - 1]) && units[before - 1].sentence === t.sentence) start = units[before - 1].start;
    const comma = t.after < units.length ? units[t.after] : undefined;
    const ttext = text.slice(t.start, t.end);
    const head = t.cap ? roleHead(roleHeads, ttext) : t.head;
    if (comma && comma.text === ',' && t.cap) {
      const c = byFirst.get(t.after + 1);
      const cl = c && assigned.get(c);
      if (cl) {
        pushUnique(cl.titles, ttext);
        fitMemo.delete(cl);
        cl.mentions.push({ start, end: t.end, text: text.slice(start, t.end), kind: 'title', person: '' });
        continue;
      }
    }
    // "the senator": only when exactly one person holds that role.
    // The head is a phrase's last word, or two words ("prime minister"): looked up by form.
    if (!ROLE_TITLE_HEADS.hasWord(head) && !ROLE_FAMILIES.has(head)) continue;
    // "The Florida senator", "The Turkish president": only a holder the article describes so (a title or
    // descriptor with the word: "Sen.|Florida", "Republican presidential nominee"). The one holder named
    // before the phrase: the walk stops at a second one, or at the first named after it.
    const qualifiers = t.qualifiers?.length ? t.qualifiers : null;
    const key = qualifiers ? qualifiers.join(' ') : '';
    let found: Cluster | null = null;
    let second = false;
    for (const x of holders(head)) {
      if (x.start >= t.start) break;
      if (qualifiers && !fits(x.cl, key, qualifiers)) continue;
      if (found) {
        second = true;
        break;
      }
      found = x.cl;
    }
    if (!found || second) continue;
    // "the senator" is a title; "the former congressman", "the Republican lawmaker" describe.
    const kind = t.modified || (ROLE_FAMILIES.has(head) && !ROLE_TITLE_HEADS.hasWord(head)) ? 'description' : 'title';
    found.mentions.push({ start, end: t.end, text: text.slice(start, t.end), kind, person: '' });
  }
}
