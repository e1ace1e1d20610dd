// Writes people/surnames.json: the family names of the people the news of the training texts names in full
// in many articles ("Trump", "Obama", "Sanders", "Reagan"), which an article may then write alone, with no
// full name anywhere, where the name tagger, which never saw them (CoNLL-2003 is 1996 news), reads an
// organisation ("Obama doesn't get along with Putin", "told Obama", "Trump has just 5 percent support").
//
//   npx tsc -p . && node out/server/src/analysis/people/train/surnames.js [shared-dir] [--min-articles 10]
//
// Reads the PolNeAR *train* texts only (never dev or test), with the people stage run without this list. A
// family name is kept when the engine finds a person of two or more words ending with it in at least
// --min-articles articles; the tagger's organisations hold it alone in at most one article in three of those
// ("the Obama administration" is one: 35 of Obama's 139); it is no frequent English word written in lower case
// (syntax frequentForms), no place word and no listed first name ("Kelly", "Scott": alone, first names as
// often); one first name goes with it for 70% of the people named so (a public figure, not "Smith" or
// "Johnson"); and the texts write it in lower case at most once in twenty ("singer", "sessions" are words:
// none of CoNLL testa's four "Singer" is a person). Its gender is kept when nine in ten of the people named
// with it have it. Run on the committed models: CoNLL testa PER and GAP validation unchanged with the list,
// PolNeAR dev speakers unchanged; 7 of the 84 dev articles gain a person (Trump, Obama, Nixon). Deterministic.
import * as fs from 'fs';
import * as path from 'path';
import { segment } from '../../text';
import { buildSyntax } from '../../syntax/layer';
import { findPeople } from '..';
import { ModelStore } from '../../../models';
import { PLACE_WORDS, isKnownFirstName } from '../lexicon';
import frequentForms from '../../syntax/frequentForms.json';

/** One first name goes with the family name for at least 70% of the people named so: a public figure ("Donald
 * Trump", "Barack Obama"), not a common name many people have ("Smith", "Johnson", "Miller"). */
function oneFirstName(counts: ReadonlyMap<string, number>): boolean {
  let all = 0;
  let top = 0;
  for (const n of counts.values()) {
    all += n;
    top = Math.max(top, n);
  }
  return top >= 0.7 * all;
}

function main(): void {
  const args = process.argv.slice(2);
  const shared = args.find((a, k) => !a.startsWith('--') && !(k > 0 && args[k - 1].startsWith('--'))) ?? path.resolve(__dirname, '../../../../../../../shared');
  const at = args.indexOf('--min-articles');
  const minArticles = at >= 0 ? Number(args[at + 1]) : 10;
  const dir = path.join(shared, 'eval/polnear/train/text');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const store = new ModelStore();
  const syntaxModel = store.syntaxModel();
  const { tagger, coref } = store.peopleModels();
  const asPerson = new Map<string, number>();
  /** Per family name, how many people named with it have each first name (one person per article). */
  const firstNames = new Map<string, Map<string, number>>();
  /** Per family name, how many people of each gender the articles name with it. */
  const genders = new Map<string, { male: number; female: number }>();
  const asOrganisation = new Map<string, number>();
  /** Occurrences of each word as written: a name is rarely written in lower case ("singer", "sessions" are words). */
  const written = new Map<string, number>();
  for (const f of files) {
    // Without the list itself: what the tagger and the rules find on their own.
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const seg = segment(text);
    for (const t of seg.tokens) if (t.kind === 'word') written.set(t.text, (written.get(t.text) ?? 0) + 1);
    const a = findPeople(seg, { tagger, coref, syntax: syntaxModel ? buildSyntax(seg.tokens, seg.sentences, syntaxModel) : null, knownSurnames: false });
    const persons = new Set<string>();
    for (const p of a.people) {
      const words = p.name.split(' ');
      if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1])) continue;
      const surname = words[words.length - 1];
      persons.add(surname);
      const fm = firstNames.get(surname) ?? new Map<string, number>();
      fm.set(words[0], (fm.get(words[0]) ?? 0) + 1);
      firstNames.set(surname, fm);
      if (p.gender === 'male' || p.gender === 'female') {
        const g = genders.get(surname) ?? { male: 0, female: 0 };
        g[p.gender]++;
        genders.set(surname, g);
      }
    }
    for (const s of persons) asPerson.set(s, (asPerson.get(s) ?? 0) + 1);
    const organisations = new Set(a.organisations.map((o) => text.slice(o.start, o.end)).filter((n) => !n.includes(' ')));
    for (const s of organisations) asOrganisation.set(s, (asOrganisation.get(s) ?? 0) + 1);
  }
  // A frequent form written in lower case is a word ("rice" would be); "Bush" and "Obama" are frequent too, capitalised.
  const common = new Set((frequentForms.forms as string[]).filter((w) => w === w.toLowerCase()));
  const kept = [...asPerson]
    .filter(([s, n]) => n >= minArticles && (asOrganisation.get(s) ?? 0) * 3 <= n && !common.has(s.toLowerCase()) && !PLACE_WORDS.hasWord(s) && !isKnownFirstName(s) && oneFirstName(firstNames.get(s)!) && (written.get(s.toLowerCase()) ?? 0) * 20 <= (written.get(s) ?? 0))
    .map(([s]) => s)
    .sort();
  // Its gender, when nine in ten of the people named with it have it ("Obama": Barack far more often than
  // Michelle; "Clinton": Hillary and Bill, none).
  const gendered: Record<string, 'male' | 'female'> = {};
  for (const s of kept) {
    const g = genders.get(s);
    if (!g) continue;
    if (g.male >= 9 * g.female && g.male > 0) gendered[s] = 'male';
    else if (g.female >= 9 * g.male && g.female > 0) gendered[s] = 'female';
  }
  const out = {
    source: `Written by people/train/surnames.ts from the PolNeAR train texts (${files.length} articles): family names of people named in full in at least ${minArticles} articles, alone an organisation in at most one in three of them, no frequent English word, place word or listed first name, one first name for 70% of the people named so, and written in lower case at most once in twenty.`,
    license: 'Derived data (names only)',
    surnames: kept,
    genders: gendered,
  };
  const file = path.resolve(__dirname, '../../../../../../server/src/analysis/people/surnames.json');
  fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${file}: ${kept.length} surnames`);
}

main();
