// Rule people.lone-first-name-gender: a person named only by one word, a woman's or a man's first name of the
// hand list (lexicon.json `femaleFirstNames`, `maleFirstNames`; not the longer list, which holds surnames too),
// is known as that gender where pronouns are resolved (`Cluster.firstNameGender`): no pronoun of the other
// gender resolves to them (the model, the rules, the reported-subject and syntax rules alike), and no gender is
// inferred for them from such pronouns. Before, a lone "Melanie" had no gender, so the "his" and "him" of the
// man she was talking to resolved to her, her gender was then inferred from them, and "“It’s finished,” she
// said" went to her husband (Breitbart: "Melanie said to the Republican nominee for president, who began his
// speech…"). The limits, each for a reason:
// - after the names are clustered: names.ts gives a first name's gender only to names of two or more words,
//   so that a lone word that is a family name too ("Ernst" for Joni Ernst) keeps no one apart from the full
//   name it joins;
// - not a known public figure's family name (surnames.json);
// - not the person's `gender`: the pronoun model reads that as a feature and was trained with such names
//   ungendered; set there, it moved pronouns onto them ("Dr. Carson invited both Bob and me to his house":
//   "his" went to Bob), and the quotes stage, which reads a person's gender, gave Bob pronouns inside quotations.
//   So the hover shows no gender from it either.
// Runs before genders are inferred from pronouns.
import { KNOWN_SURNAMES, firstNameGender } from './lexicon';
import type { Cluster } from './clusters';

export function applyLoneFirstNameGenders(clusters: readonly Cluster[]): void {
  for (const cl of clusters) {
    if (cl.gender !== null || cl.words.length !== 1) continue;
    const w = cl.words[0];
    if (KNOWN_SURNAMES.hasWord(w)) continue;
    const g = firstNameGender(w);
    if (g) cl.firstNameGender = g;
  }
}
