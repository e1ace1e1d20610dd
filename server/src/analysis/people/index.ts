// The people engine: who is named in an article, by which names, titles and pronouns. A short pipeline:
// name candidates from the rules (names.ts) merged with the name tagger's reading (merge.ts), name forms
// gathered into people (clusters.ts), pronouns resolved (pronouns.ts), role phrases resolved to the person
// they describe (descriptions.ts, reading titles.ts), overlaps removed.
import type { SyntaxLayer } from '../syntax/layer';
import type { Gender, Mention, Person, Span, TextModel } from '../types';
import { buildUnits, type Unit } from './units';
import { findCandidates, hardReject, type Candidate, type Piece } from './names';
import { HEADLINE_LOWER_WORDS, NON_PERSON_HEADS, PLACES, SUBJECT_PRECEDERS, isCourtesyTitle, isFunctionWordUnit, isKnownFirstName, isKnownFirstNameUnit, isListedFirstName, nameGender, singularTitle, titleGender } from './lexicon';
import { type NameTagger } from './tagger';
import { firstOverlapping, spanAt } from '../text/lookup';
import { Lex } from '../lexicon/vocabulary';
import { WordFilter } from './wordFilter';
import { isPreposition, pronounOf, resolvePronouns, type CorefCollector, type CorefModel, type MentionInfo } from './pronouns';
import type { TagKind } from './corefFeatures';
import { SyntaxView } from './syntaxRoles';
import { determinedNames } from './determinedNames';
import { trimNamedThings } from './namedThings';
import { trimEpithets } from './epithets';
import { widenRoleDescriptors } from './roleCompounds';
import { addAppositions } from './appositions';
import { applyRoleGenders } from './roleGenders';
import { applyLoneFirstNameGenders } from './loneFirstNameGender';
import { personLikeNames } from './personLikeNames';
import { handleNames } from './handles';
import { shareFamilyNames } from './sharedFamilyNames';
import { cutAtHeadlineVerbs } from './headlineVerbs';
import { commonWordNames } from './commonWords';
import { familyPlurals } from './familyPlurals';
import { otherNameUses, votedOutOrganisations } from './loneWordVote';
import { institutionTails } from './institutionTails';
import { placeNames } from './placeBeforeState';
import { knownSurnamePeople } from './knownSurnames';
import { itsOwners } from './itsOwner';
import { possessorOrganisations } from './possessorOrganisation';
import { workTitles } from './workTitles';
import { organisationSpans } from './organisations';
import { addAffiliations } from './affiliations';
import { mergeWithTagger } from './merge';
import { LIST_LIMIT, absorb, dropOutvoted, guessedGender, indexWord, isUpperCaseWord, matchCluster, matchFirstWord, matchSurname, mergeEarlyFirstNames, namedAlone, pushUnique, removeOverlaps, sameName, type Cluster, type ClusterIndex } from './clusters';
import { resolveDescriptions } from './descriptions';
import { addRelations } from './relations';

export interface PeopleResult {
  people: Person[];
  /** All mentions, in text order. */
  mentions: Mention[];
  /** The mention whose span contains offset (start <= offset < end). */
  mentionAt(offset: number): Mention | undefined;
  /** Organisation names the tagger found (no person's mention), in text order. */
  organisations: OrganisationSpan[];
  /** One-word names the tagger's vote found to be no person (clusters.ts dropOutvoted): a quotation credited to one credits an organisation. */
  notPeople?: ReadonlySet<string>;
}

/** An organisation's name; `known`: by evidence, not only the tagger's guess (a company's officer, ", a … group,"). */
export type OrganisationSpan = Span & { known?: true };


/** How far below its chosen label the tagger may score a person reading for a pronoun to make that name a person (chosen on GAP validation and PolNeAR dev: 40 gains nothing on GAP and makes people of "Getty", "Harvard", "Immigration" in news). */
const TENTATIVE_PER_GAP = 10;
/**
 * The same for a name the parse makes a subject or a possessor ("Wade worked with …"): GAP validation
 * finds 18 more gold names in reach; beyond 32 (the last bucket of the model's gap feature) the tagger's
 * organisations win in news ("Essex reached 372", "Interfax said": people of CoNLL testa at 40–60).
 */
const TENTATIVE_ARGUMENT_GAP = 32;

/** The tagger's label kinds (B- and I- alike), by label number (features.ts LABELS). */
const TAG_NAMES: readonly TagKind[] = ['o', 'per', 'per', 'org', 'org', 'loc', 'loc', 'misc', 'misc'];

/**
 * The people stage's trained models, read by the host from the data files shipped beside the bundles
 * (model.json → compileNameTagger, coref.json → compileCorefModel). Either may be missing: without
 * the tagger names come from the rules alone, without the pronoun model pronouns from the rules.
 */
export interface PeopleModels {
  /** The name tagger (CoNLL-2003 PER/ORG/LOC/MISC). */
  tagger?: NameTagger | null;
  /** The pronoun model. */
  coref?: CorefModel | null;
}

export interface PeopleOptions extends PeopleModels {
  /** Sees every pronoun's candidates and features (training, inspection). */
  collect?: CorefCollector;
  /** The article's syntax layer (null or absent: the stage reads tokens alone). */
  syntax?: SyntaxLayer | null;
  /**
   * How far below its chosen label the tagger may read a person at a subject or possessor for the
   * name to be a pronoun's candidate (TENTATIVE_ARGUMENT_GAP unless given). The pronoun trainer
   * collects with no limit: the model's gap feature then sees every such name.
   */
  tentativeArgumentGap?: number;
  /** Read the lexicon of known family names (rule people.known-surname); false only for the script that writes it. */
  knownSurnames?: boolean;
}

export function findPeople(model: TextModel, options: PeopleOptions = {}): PeopleResult {
  const text = model.text;
  const units = buildUnits(model);
  const titleCase = titleCaseSentences(units);
  const { candidates, titlePhrases } = findCandidates(units, titleCase);
  const { all, accepted, nonPerson, companies, labels, perGap } = mergeWithTagger(units, candidates, titleCase, options.tagger ?? null, options.syntax ?? null);
  const clusters: Cluster[] = [];
  const infos: MentionInfo<Cluster>[] = [];
  const slice = (p: Piece) => text.slice(p.start, p.end);

  const index: ClusterIndex = { byWord: new Map(), byUpper: null, log: [], roleHeads: new Map() };
  const addMention = (cl: Cluster, c: Candidate) => {
    const m: Mention = { start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: 'name', person: '' };
    // (Before this mention's titles join the person's.)
    const guessed = guessedGender(cl);
    cl.mentions.push(m);
    cl.lastParagraph = c.paragraph;
    cl.lastSentence = c.sentence;
    cl.lastHead = view ? view.headOf(c.first, c.last) : -1;
    if (c.words.length === 1) cl.loneUses.set(c.words[0], (cl.loneUses.get(c.words[0]) ?? 0) + 1);
    for (const w of c.words) {
      if (cl.wordSet.has(w)) continue;
      cl.wordSet.add(w);
      indexWord(index.byWord, w, cl);
      if (index.byUpper) indexWord(index.byUpper, w.toUpperCase(), cl);
      else index.log.push(w, cl);
    }
    // A Title Case headline does not name people ("Derelict Obama").
    const nameable = !titleCase.has(c.sentence) || !cl.name;
    if (nameable && (c.words.length > cl.words.length || (c.words.length === cl.words.length && m.text.length > cl.name.length))) {
      if (cl.name && !cl.forms.includes(cl.name)) cl.forms.push(cl.name);
      cl.words = c.words;
      cl.name = m.text;
    } else if (m.text !== cl.name && cl.forms.length < LIST_LIMIT && !cl.forms.includes(m.text)) cl.forms.push(m.text);
    for (const t of c.titles) pushUnique(cl.titles, singularTitle(slice(t)));
    for (const d of c.descriptors) pushUnique(cl.descriptors, slice(d));
    // A gendered honorific outweighs a unisex first name's guess ("Lee Epstein", then "Ms. Epstein").
    if (c.gender && (!cl.gender || (cl.gender !== c.gender && guessed && c.titles.some((t) => titleGender(slice(t)))))) cl.gender = c.gender;
    if (c.start < cl.firstStart) cl.firstStart = c.start;
    const g = pronounAfter(units, c, c.sentence);
    if (g) cl.pronounsAfter[g]++;
  };
  const newCluster = (c: Candidate): Cluster => {
    const cl: Cluster = { words: [], wordSet: new Set(), name: '', firstStart: c.start, titles: [], descriptors: [], forms: [], gender: null, firstNameGender: null, mentions: [], index: clusters.length, tentative: false, pronounsAfter: { male: 0, female: 0 }, lastParagraph: c.paragraph, lastSentence: c.sentence, lastHead: -1, loneUses: new Map() };
    clusters.push(cl);
    return cl;
  };

  const commonNouns = commonNounEvidence(units, all, accepted);
  const view = options.syntax ? new SyntaxView(options.syntax, units) : null;
  if (view) index.dominates = (a, b) => a >= 0 && b >= 0 && view.dominates(a, b);
  // Candidates the parse shows to be no person, or a longer run than a person's name (each rule in its file).
  const noPerson = (c: Candidate) => {
    c.reject = c.hard = true;
    c.strong = c.context = false;
    nonPerson.add(c);
  };
  for (const c of personLikeNames(units, all)) noPerson(c);
  for (const c of placeNames(units, all)) noPerson(c);
  for (const c of handleNames(units, all)) noPerson(c);
  for (const c of familyPlurals(all)) noPerson(c);
  for (const c of institutionTails(units, all)) noPerson(c);
  if (view) {
    cutAtHeadlineVerbs(units, all, titleCase, view);
    for (const c of commonWordNames(all, view)) noPerson(c);
  }
  const named = new Set(all.filter((c) => !nonPerson.has(c) && (!c.reject || accepted.has(c)) && !hardReject(c.words)).map((c) => c.words.join(' ')));
  // (Only a run read as a person: one the tagger reads as an organisation stays one, "Sandy Hook Elementary School".)
  trimNamedThings(units, all, named, (c) => !labels || TAG_NAMES[labels[c.first]] === 'per', nonPerson);
  if (view) trimEpithets(units, all, named, view);
  if (view) for (const c of determinedNames(units, all, view)) noPerson(c);
  // Rule people.work-title (workTitles.ts): "his book Going Home to Glory".
  if (view) for (const c of workTitles(units, all, view)) noPerson(c);
  // Pass 1: names with evidence make people; other names join them or wait.
  const assigned = new Map<Candidate, Cluster>();
  const deferred: Candidate[] = [];
  /** Rejected by the rules or the tagger, but a surname of someone named in full may still join them. */
  const linkOnly: Candidate[] = [];
  for (const c of all) {
    if ((c.reject && !accepted.has(c)) || nonPerson.has(c)) {
      linkOnly.push(c);
      continue;
    }
    const cl = matchCluster(index, c);
    if (cl) {
      addMention(cl, c);
      assigned.set(c, cl);
    } else if (!c.titles.length && namedAfter(index, c)) {
      // "Trump Tower", "Trump World" after Donald Trump: a thing named after a person is no other person.
      continue;
    } else if (c.strong || (accepted.has(c) && !commonNouns.has(c) && !guessOnly(c, titleCase, units, view) && !(c.words.length === 1 && view?.notNominal(c.first, c.last)) && !inQuotedTitle(units, c))) {
      // (A lone word the tagger alone calls a person, but the parse reads as an adjective or verb, waits: "Make
      // America Great Again", "So, That Happened" — a surname met again still joins someone named in full.)
      const n = newCluster(c);
      addMention(n, c);
      assigned.set(c, n);
    } else deferred.push(c);
  }
  // Pass 2: surnames used before the full name ("Petro … Gustavo Petro").
  for (const c of deferred) {
    const cl = matchCluster(index, c);
    if (cl) {
      addMention(cl, c);
      assigned.set(c, cl);
    }
  }
  // Pass 3: a single word the rules or the tagger rejected is still the surname of someone named in
  // full ("Washington" for MaliVai Washington, "PARNEVIK" in a headline), unless the tagger reads a place there.
  // So is a name of several words written exactly as a person named elsewhere in the article: one
  // form, one reading ("President Executive Order … Executive Order said").
  // The one person named exactly as c and with a title: evidence enough for a name the rules or the tagger
  // rejected (a name the tagger alone made a person once is no such evidence: "El Al", "Der Spiegel" tagged a
  // person in one place and an organisation elsewhere).
  const titledSameName = (c: Candidate): Cluster | undefined => {
    const same = c.reject ? undefined : sameName(index, c.words);
    return same && same.titles.length ? same : undefined;
  };
  for (const c of linkOnly) {
    const l = labels ? labels[c.first] : 0;
    // The one word a person with a title is named by ("President Obama", later "from Obama", which the
    // tagger read as a place by a small margin): a second, tentative "Obama" would split one man in two.
    let cl = c.words.length === 1 && !c.hard && (!perGap || perGap[c.first] <= TENTATIVE_PER_GAP) ? titledSameName(c) : undefined;
    // Otherwise, where the tagger reads no place: a name of several words only so, a single word as a surname.
    if (!cl && l !== 5 && l !== 6) cl = c.words.length > 1 ? titledSameName(c) : matchSurname(index, c.words[0], isUpperCaseWord(c.words[0])) ?? (!c.hard ? matchFirstWord(index, c.words[0]) : undefined);
    if (cl) {
      addMention(cl, c);
      assigned.set(c, cl);
    }
  }
  // (Before a lone first name can join the one person named in full with it: "David and Jeanne Heidler" is not David Eisenhower.)
  shareFamilyNames(units, clusters);
  mergeEarlyFirstNames(clusters, assigned);
  // The tagger's organisation/place/other guesses on a name the rules did not reject ("Rivera sang",
  // "Kelsey studied": lone names it reads as places) may still be people a pronoun refers to.
  for (const c of linkOnly) if (!assigned.has(c) && !c.reject && !c.hard) deferred.push(c);
  deferred.sort((x, y) => x.start - y.start);
  // Rule people.lone-word-vote (loneWordVote.ts): a one-word name's other readings vote too; the names voted out
  // are no tentative person either, and those read as an organisation are one where the person was.
  const unassigned = linkOnly.filter((c) => !assigned.has(c));
  const votes = labels && view ? otherNameUses(unassigned, labels, view) : null;
  const votedOut = labels ? dropOutvoted(clusters, assigned, labels, votes?.uses) : [];
  const votedOutNames = new Set(votedOut.map(([c]) => c.words[0]));
  // Rule people.lone-name: a lone word that names a person alone elsewhere in the article is that person here
  // too, whatever the tagger reads at this occurrence ("In Obama's home state" after "President Obama" and
  // "Obama averages"). After the vote, in which these occurrences take no part: had they voted, a person
  // whose name mostly modifies nouns ("Trump supporters", "Trump campaign") was outvoted and lost (GAP
  // validation 0.667 with the vote, 0.666 without; two news articles lost Trump).
  for (const c of linkOnly) {
    if (assigned.has(c) || c.words.length !== 1 || c.reject || c.hard) continue;
    const cl = namedAlone(index, c.words[0]);
    if (cl) {
      addMention(cl, c);
      assigned.set(c, cl);
    }
  }
  // Rule people.known-surname (knownSurnames.ts): a public figure's family name written alone, which no one of
  // the article goes by, is that person where the tagger read an organisation ("Obama doesn't get along with Putin").
  if (options.knownSurnames !== false && view) {
    for (const [c, cl] of knownSurnamePeople(linkOnly, assigned, index, companies.candidates, titleCase, view, newCluster)) {
      addMention(cl, c);
      assigned.set(c, cl);
    }
  }
  // Rule people.its-owner (itsOwner.ts): a name "its" refers back to as its clause's subject is a thing; its
  // mentions are an organisation's (below), before any pronoun can take it for a person.
  const things: Span[] = [];
  if (votes && view) for (const s of votedOutOrganisations(units, votedOut, unassigned, votes, view)) things.push(s);
  {
    const owned = view ? itsOwners(units, assigned, view) : new Set<Cluster>();
    // Rule people.possessor-organisation (possessorOrganisation.ts): "Gallup’s Jeffrey M. Jones".
    for (const cl of possessorOrganisations(units, assigned)) owned.add(cl);
    for (const [c, cl] of assigned) {
      if (!owned.has(cl)) continue;
      things.push({ start: c.start, end: c.end });
      assigned.delete(c);
    }
    for (const cl of owned) cl.mentions = [];
  }
  const coref = options.coref ?? null;
  // Names without evidence: the pronoun model may still take one as a person ("MacKenzie studied … He").
  const tentative: Cluster[] = [];
  const argumentGap = options.tentativeArgumentGap ?? TENTATIVE_ARGUMENT_GAP;
  if (coref) {
    const byKey = new Map<string, Cluster>();
    // A name that qualifies at one of its occurrences is a candidate at each of them ("Magee" opening a
    // sentence after "During the 1960s Magee …"): one name, one guess.
    const plausible = (c: Candidate): boolean => {
      if (assigned.has(c) || titleCase.has(c.sentence) || c.hard || inQuotedTitle(units, c)) return false;
      // Nor a name the vote took from a person (people.lone-word-vote).
      if (c.words.length === 1 && votedOutNames.has(c.words[0])) return false;
      // Nor a code or a headline word ("T3", "HONG KONG"), nor a short abbreviation ("Baltimore, Md.").
      if (!c.words.every(isMixedCaseWord)) return false;
      // Nor a name the parse reads as modifying a common noun ("Deportivo chairman", "Tulsa police").
      if (view && view.modifiesNoun(c.first, c.last)) return false;
      const after = c.last < units.length ? units[c.last] : undefined;
      return !(c.words.length === 1 && c.words[0].length <= 4 && after && after.text === '.' && after.start === c.end);
    };
    const qualifies = (c: Candidate): boolean => {
      // A lone capitalised word opening a sentence is too often a common noun ("Lawmakers met …"),
      // unless the tagger reads a person there or the parse a proper noun ("MacKenzie studied …").
      if (c.initial && c.words.length === 1 && !(labels && TAG_NAMES[labels[c.first]] === 'per') && !(view && view.properNoun(c.first, c.last))) return false;
      // Only where the tagger reads a person: its organisation, place and other readings are mostly right
      // in news ("Deportivo chairman …", "Tulsa police", "Climate change", "a former Patriot mine").
      // A weaker person reading is enough ("Rivera sang", "Kelsey studied": lone names it takes for
      // places); how much weaker is one of the model's features (tentative|pg).
      // A proper noun the parse makes the subject or the possessor of a clause ("Wade worked with …",
      // "Sheridan was absent") stands where people stand: a weaker person reading is enough there
      // (not a common noun, "(WARNING: Video contains graphic images.)").
      if (!labels || !perGap) return false;
      // A first name alone that the parse reads as a proper noun modifying no noun, and no place, may be a person
      // whatever the tagger reads, even opening a sentence or after a preposition (rule people.tentative-first-name:
      // GAP's "Katie snapped at Veronica following her Gauntlet win", Veronica read as a place; "Pam and Andy are
      // seen …", Pam as an organisation): one of lexicon.json's names, or of the longer list where the tagger's
      // person reading is near (that list also holds "Forbes", "Richmond", "Casper": read as a company and cities
      // with a wide margin, they took a "her" or a "he" in news).
      const gap = perGap[c.first];
      if (c.words.length === 1 && (isKnownFirstName(c.words[0]) || (isListedFirstName(c.words[0]) && gap <= TENTATIVE_PER_GAP)) && view && view.properNoun(c.first, c.last) && !view.modifiesNoun(c.first, c.last) && PLACES.match(c.words, 0) !== 1) return true;
      // Not a lone word opening its sentence: there the parse's subject is as often a capitalised common noun ("Immigration, his signature issue, never came up").
      const argument = gap <= argumentGap && !(c.initial && c.words.length === 1) && !!view && view.properNoun(c.first, c.last) && view.argumentOfClause(c.first, c.last);
      if (TAG_NAMES[labels[c.first]] !== 'per' && gap > TENTATIVE_PER_GAP && !argument) return false;
      // Nor the object of a preposition ("Police in Hangzhou", "Prize for Excellence", "partner at Lenox").
      const before = c.first > 0 ? units[c.first - 1] : undefined;
      return !(before && before.sentence === c.sentence && isPreposition(before));
    };
    const keys = new Set<string>();
    const pool = deferred.filter(plausible);
    for (const c of pool) if (qualifies(c)) keys.add(c.words.join(' '));
    for (const c of pool) {
      const key = c.words.join(' ');
      if (!keys.has(key)) continue;
      let cl = byKey.get(key);
      if (!cl) {
        cl = newCluster(c);
        cl.tentative = true;
        byKey.set(key, cl);
        tentative.push(cl);
      }
      addMention(cl, c);
      assigned.set(c, cl);
    }
  }
  for (const cl of clusters) cl.mentions.sort((a, b) => a.start - b.start);
  for (const [c, cl] of assigned) {
    infos.push({ cluster: cl, unit: c.first, after: c.last, tag: labels ? TAG_NAMES[labels[c.first]] : 'none', perGap: perGap ? perGap[c.first] : 0, sentence: c.sentence, paragraph: c.paragraph, quoted: c.quoted, subject: isSubjectish(units, c) });
  }
  infos.sort((a, b) => a.unit - b.unit);

  if (view) applyRoleGenders(units, assigned, view);
  applyLoneFirstNameGenders(clusters);
  inferGenderFromPronouns(units, coref ? infos.filter((m) => !m.cluster.tentative) : infos, clusters);
  resolvePronouns(text, units, infos, coref, options.collect, view);
  for (const cl of tentative) if (cl.tentative) cl.mentions = [];
  joinSurvivors(index, tentative);
  resolveDescriptions(text, units, titlePhrases, all, assigned, clusters, index.roleHeads);
  addRelations(units, assigned, clusters);
  if (view) widenRoleDescriptors(text, units, assigned, view);
  if (view) addAppositions(text, units, assigned, view);

  removeOverlaps(clusters);

  // Order people by first mention, give ids.
  const ordered = clusters.filter((c) => c.mentions.length > 0);
  for (const cl of ordered) cl.mentions.sort((a, b) => a.start - b.start);
  ordered.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const people: Person[] = [];
  const mentions: Mention[] = [];
  ordered.forEach((cl, k) => {
    const id = `p${k + 1}`;
    for (const m of cl.mentions) {
      m.person = id;
      mentions.push(m);
    }
    people.push({
      id,
      name: cl.name,
      // Courtesy forms still help match names (above) but are no title to show.
      titles: cl.titles.filter((t) => !isCourtesyTitle(t)),
      descriptors: cl.descriptors,
      aliases: cl.forms.filter((f) => f !== cl.name),
      gender: cl.gender,
      mentions: cl.mentions,
    });
  });
  mentions.sort((a, b) => a.start - b.start);
  const isMention = (o: number) => spanAt(mentions, o) !== undefined;
  const organisations: OrganisationSpan[] = labels ? organisationSpans(units, labels, titleCase, isMention) : [];
  // Companies the tagger read as people are organisations (unless a surname joined a person after all).
  // A name known by evidence that the tagger also read as an organisation is one span, known (the quotes
  // stage asks the first span at a word whether it is known).
  // So is one inside a longer organisation name ("Responsive Politics" in "the Center for Responsive Politics").
  const tagged = organisations.slice();
  const addKnown = (s: Span) => {
    const same = firstOverlapping(tagged, s.start, s.end);
    if (same && same.start <= s.start && s.end <= same.end) same.known = true;
    else organisations.push({ start: s.start, end: s.end, known: true });
  };
  for (const c of companies.candidates) if (!isMention(c.start)) addKnown(c);
  for (const s of companies.spans) if (!isMention(s.start)) organisations.push(s);
  for (const s of things) if (!isMention(s.start)) addKnown(s);
  if (companies.candidates.size || companies.spans.length || things.length) organisations.sort((a, b) => a.start - b.start);
  addAffiliations(text, units, people, organisations, (k) => !!labels && TAG_NAMES[labels[k]] === 'loc' && !isMention(units[k].start));
  return { people, mentions, mentionAt: (offset: number) => spanAt(mentions, offset), organisations, notPeople: votedOutNames };
}

/**
 * The result with `added` mentions, which the passes after the quotes stage (first- and third-person
 * pronouns in quotations, group pronouns) have already pushed to their people's lists: each person's
 * list and the article's kept in text order.
 */
export function withAddedMentions(people: PeopleResult, added: readonly Mention[]): PeopleResult {
  if (!added.length) return people;
  for (const p of people.people) p.mentions.sort((a, b) => a.start - b.start);
  const mentions = [...people.mentions, ...added].sort((a, b) => a.start - b.start);
  return { people: people.people, mentions, mentionAt: (offset) => spanAt(mentions, offset), organisations: people.organisations, notPeople: people.notPeople };
}



/** How far a quotation that is a title may reach on either side of a name in it, in units. */
const QUOTED_TITLE_REACH = 10;

/**
 * The name lies inside a short quotation written as a title, every word but function words capitalised
 * (the podcast “So, That Happened.”, CNBC's ''Super Lives of the Super Rich''): a work's title, where the
 * tagger's person reading is no evidence.
 */
function inQuotedTitle(units: Unit[], c: Candidate): boolean {
  // A first name and a surname stay a person, in a title or in quoted words (“Only Rosie O’Donnell.”,
  // "This Week With George Stephanopoulos").
  if (!units[c.first].quoted || (c.words.length > 1 && nameGender(c.words[0]))) return false;
  let open = c.first - 1;
  while (open >= 0 && open >= c.first - QUOTED_TITLE_REACH && units[open].kind !== 'quote') open--;
  let close = c.last;
  while (close < units.length && close < c.last + QUOTED_TITLE_REACH && units[close].kind !== 'quote') close++;
  if (open < 0 || close >= units.length || units[open].kind !== 'quote' || units[close].kind !== 'quote') return false;
  let words = 0;
  for (let k = open + 1; k < close; k++) {
    const u = units[k];
    if (u.kind !== 'word' || (!u.cap && isFunctionWordUnit(u))) continue;
    if (!u.cap) return false;
    words++;
  }
  return words >= 2;
}

/**
 * A tagger-only name that may join a person named elsewhere but not introduce one: in a Title Case
 * headline ("Obama Sees …", "Sanders Vows …"), or a lone word opening a sentence ("Video", "Nearly") —
 * unless it is a listed first name the parse reads as a proper noun (rule people.initial-first-name: "David
 * then tells Joe he will supply him drugs" (GAP); not "Will", "May", nor a noun's modifier: "his \"Bernie flag\"").
 */
function guessOnly(c: Candidate, titleCase: Set<number>, units: readonly Unit[], view: SyntaxView | null): boolean {
  if (c.context) return false;
  if (titleCase.has(c.sentence)) return true;
  if (!c.initial || c.words.length !== 1) return false;
  return !(isKnownFirstNameUnit(units[c.first]) && !!view && view.properNoun(c.first, c.last) && !view.modifiesNoun(c.first, c.last));
}

/**
 * Sentences in Title Case: three or more words, nearly all capitalised (not all-capital), with a
 * function word capitalised away from the start ("Clinton And Trump Face …", "Obama Sees The …"); or
 * four or more words, every one capitalised, with no comma, bracket or figure ("Hillary Clinton Wins
 * South Dakota Primary": a headline without a function word).
 */
function titleCaseSentences(units: Unit[]): Set<number> {
  const out = new Set<number>();
  let s = -1;
  let words = 0;
  let caps = 0;
  let upper = 0;
  let capFunction = false;
  // Brackets, figures and commas mark a list or a table row ("Iowa: Tim Albrecht, Brad Anderson, …",
  // "Jesper Skibby ( Denmark ) TVM 9", "Contributing: Nicholas Zazulia, Medill News Service."), not a
  // headline; one comma without a colon may be a headline's ("Jeff Sessions, Rudy Giuliani Wear …").
  let listLike = false;
  let commas = 0;
  let colon = false;
  // Rule people.headline-case: lower-case words only where headline style keeps them ("for", "to", "and"):
  // "Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana to …".
  let lowerStyled = 0;
  let lowerOther = 0;
  const close = () => {
    const list = listLike || commas > 1 || (commas === 1 && colon);
    const styled = words >= 5 && caps >= 4 && lowerOther === 0 && lowerStyled > 0 && !list;
    if (((capFunction && words >= 3 && caps >= words * 0.8) || (words >= 4 && caps === words && !list) || styled) && upper < caps) out.add(s);
  };
  let prev = '';
  for (const u of units) {
    if (u.sentence !== s) {
      close();
      s = u.sentence;
      words = caps = upper = 0;
      capFunction = false;
      listLike = false;
      commas = 0;
      colon = false;
      lowerStyled = lowerOther = 0;
      prev = '';
    }
    // (A social handle marks a credit line, "Follow Ian Hanchett on Twitter @IanHanchett.", not a headline.)
    if (u.text === '(' || u.text === '@' || u.flags & Lex.HAS_DIGIT) listLike = true;
    else if (u.text === ',') commas++;
    else if (u.text === ':') colon = true;
    const after = prev;
    prev = u.text;
    if (u.kind !== 'word') continue;
    words++;
    if (!u.cap) {
      if (HEADLINE_LOWER_WORDS.has(u.id)) lowerStyled++;
      else lowerOther++;
    } else {
      caps++;
      if (isUpperCaseWord(u.text)) upper++;
      // A bracket opens a phrase of its own: "London ( The Oval ) : … ( C. Lewis 80 …": not Title Case.
      else if (!u.initial && after !== '(' && u.text.length <= 5 && isFunctionWordUnit(u)) capFunction = true;
    }
  }
  close();
  return out;
}

/**
 * Tagger-only names whose last word the article also writes in lower case ("Future", "Community
 * Survey", "Round"): common nouns capitalised by position or as part of a title, not people.
 */
function commonNounEvidence(units: Unit[], all: Candidate[], accepted: Set<Candidate>): Set<Candidate> {
  const out = new Set<Candidate>();
  const byWord = new Map<string, Candidate[]>();
  for (const c of all) {
    if (!accepted.has(c) || c.strong || c.context || isKnownFirstName(c.words[0])) continue;
    const w = c.words[c.words.length - 1].toLowerCase();
    if (w === c.words[c.words.length - 1]) continue;
    const list = byWord.get(w);
    if (list) list.push(c);
    else byWord.set(w, [c]);
  }
  if (!byWord.size) return out;
  const filter = new WordFilter(byWord.keys());
  for (const u of units) {
    if (u.kind !== 'word' || u.cap) continue;
    const t = u.text;
    if (!filter.mayHave(t)) continue;
    const list = byWord.get(t);
    if (list) for (const c of list) out.add(c);
  }
  return out;
}

/** Letters only (hyphens and apostrophes inside), a capital and then some lower case: "Hangzhou", not "T3" or "KONG". */
function isMixedCaseWord(w: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u.test(w);
}






function isSubjectish(units: Unit[], c: Candidate): boolean {
  // Walk back over the titles/descriptors written before the name.
  let k = c.first - 1;
  const startOf = c.titles.length ? c.titles[0].start : c.start;
  const d0 = c.descriptors.length ? Math.min(startOf, c.descriptors[0].start) : startOf;
  while (k >= 0 && units[k].start >= d0) k--;
  const p = k >= 0 ? units[k] : undefined;
  if (!p || p.sentence !== units[c.first].sentence) return true;
  if (p.kind === 'quote' || p.kind === 'punct') return p.text !== '(';
  if (p.kind !== 'word') return false;
  return SUBJECT_PRECEDERS.has(p.id);
}

/** A two-word name: the surname of a person already named in full, then a head that names things (people/lexicon.json nonPersonHeads). */
function namedAfter(index: ClusterIndex, c: Candidate): boolean {
  return c.words.length === 2 && NON_PERSON_HEADS.hasWord(c.words[1]) && matchSurname(index, c.words[0], false) !== undefined;
}

/** Units looked at after a name for the next sentence's opening pronoun. */
const PRONOUN_AFTER_SCAN = 60;

/**
 * The gender of a "He"/"She" opening the sentence after a name's, when no other capitalised word stands in
 * the name's own sentence ("President Obama is rolling out a message. He told …"): the narration's next
 * subject, and the clearest sign of who the name is before pronouns are resolved (a pronoun inside the
 * name's own sentence is as often someone else: "Obama said she would win").
 */
function pronounAfter(units: Unit[], c: Candidate, sentence: number): Gender | null {
  // The only name of its sentence ("… between Sanders and Obama. She …" is Clinton's sentence); its own
  // titles and descriptors aside ("President Obama").
  const own = Math.min(c.start, c.titles.length ? c.titles[0].start : c.start, c.descriptors.length ? c.descriptors[0].start : c.start);
  for (let k = c.first - 1; k >= 0 && k > c.first - PRONOUN_AFTER_SCAN && units[k].sentence === sentence; k--) {
    const u = units[k];
    if (u.start >= own) continue;
    if (u.kind === 'word' && u.cap && !u.quoted && !(u.initial && isFunctionWordUnit(u))) return null;
  }
  for (let k = c.last; k < units.length && k < c.last + PRONOUN_AFTER_SCAN; k++) {
    const u = units[k];
    if (u.sentence === sentence) {
      if (u.kind === 'word' && u.cap && !u.quoted) return null;
      continue;
    }
    if (u.kind !== 'word' || u.quoted) return null;
    const pc = pronounOf(u);
    return pc && pc.role === 'subject' ? pc.gender : null;
  }
  return null;
}

/** Mentions looked back at per pronoun when inferring a gender (keeps hostile input linear). */
const GENDER_SCAN_LIMIT = 60;

/** A person with no gender evidence takes the gender of the pronouns that follow them when they are alone in context. */
function inferGenderFromPronouns(units: Unit[], infos: MentionInfo<Cluster>[], clusters: Cluster[]): void {
  if (clusters.every((c) => c.gender)) return;
  const votes = new Map<Cluster, { male: number; female: number }>();
  let mi = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const pc = pronounOf(u);
    if (!pc || u.quoted) continue;
    while (mi < infos.length && infos[mi].unit < i) mi++;
    const seen = new Set<Cluster>();
    for (let k = mi - 1; k >= 0 && k >= mi - GENDER_SCAN_LIMIT; k--) {
      const m = infos[k];
      if (u.sentence - m.sentence > 1) break;
      if (!m.quoted) seen.add(m.cluster);
    }
    if (seen.size !== 1) continue;
    const [cl] = seen;
    // (A lone first name's gender is no vote: it is checked below, so the model reads such names as it was trained.)
    if (cl.gender || (cl.firstNameGender && cl.firstNameGender !== pc.gender)) continue;
    const v = votes.get(cl) ?? { male: 0, female: 0 };
    v[pc.gender]++;
    votes.set(cl, v);
  }
  for (const [cl, v] of votes) {
    if (v.male > 0 && v.female === 0) cl.gender = 'male';
    else if (v.female > 0 && v.male === 0) cl.gender = 'female';
  }
}



/**
 * A name the tagger did not read as a person ("Keyworth", read as a place after George "Jay" Keyworth), kept
 * because a pronoun refers to it, is the person named in full with that surname: one person, not two.
 */
function joinSurvivors(index: ClusterIndex, tentative: readonly Cluster[]): void {
  const guessed = new Set(tentative);
  for (const cl of tentative) {
    if (!cl.mentions.length || cl.words.length !== 1) continue;
    const named = matchSurname(index, cl.words[0], isUpperCaseWord(cl.words[0]));
    if (!named || named.tentative || guessed.has(named)) continue;
    absorb(named, cl);
    // (Descriptions and relations read below read mentions in text order.)
    named.mentions.sort((a, b) => a.start - b.start);
  }
}
