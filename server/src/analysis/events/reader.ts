// A sentence as the parse-based steps read it: which offsets are inside its time expressions, the context
// the object finder needs, and the subject of an event word (people by their title names, an "it" by the
// thing it stands for, a name that is no person as the parse groups it).
import type { Sentence } from '../types';
import type { SyntaxLayer } from '../syntax/layer';
import { Lex } from '../lexicon/vocabulary';
import { NON_PERSON_HEADS } from '../people/lexicon';
import { neuterAntecedent, nounPhraseLabel, subjectWord } from './subject';
import { isTitleWord, phrase, quantityPhrase, type ObjectContext } from './object';
import { childrenOf } from '../syntax/tree';
import { nameList } from '../shortName';
import { type EventContext } from './context';
import { subjectAt, type Subject } from './titles';

export interface SentenceReader {
  inTime: (offset: number) => boolean;
  objectCtx: ObjectContext;
  /** The title subject of event word `word` (an index into the layer's words), or null. */
  parsedSubject: (word: number) => Subject | null;
}

export function readSentence(ec: EventContext, syntax: SyntaxLayer, s: Sentence): SentenceReader {
  const { model, people, cast } = ec;
  const sentenceTimes = ec.timesBySentence.get(s.index) ?? [];
  const sw = syntax.sentenceWords[s.index];
  const inTime = (o: number) => sentenceTimes.some((t) => t.start <= o && o < t.end);
  /** The person a mention at offset o is of, if any. */
  const personAt = (o: number) => {
    const m = people.mentionAt(o);
    return m && cast.byId.get(m.person);
  };
  const objectCtx: ObjectContext = {
    text: model.text,
    layer: syntax,
    sentence: sw,
    inTime,
    personAt: (o) => {
      const p = personAt(o);
      return p ? cast.titleName(p) : null;
    },
  };
  /** The person word k names: its own mention, or that of a name part the parse hung on it ("Mr." heading "Mr. Ryan"). */
  const personOf = (k: number, where: { start: number; end: number }) => {
    for (const x of [k, ...childrenOf(syntax.words, where, k).filter((c) => c > k && c <= k + 2 && syntax.words[c].deprel === 'flat')]) {
      const p = personAt(syntax.words[x].start);
      if (p) return p;
    }
    return undefined;
  };
  /**
   * Rule events.subject-conj: a person subject coordinated with other people is all of them ("Sarah and
   * Timothy Rogers … rode in a rickshaw" was "Sarah rides"): each conjunct must name a person; null otherwise.
   */
  const coordinated = (first: Subject, sv: number, where: { start: number; end: number }): Subject | null => {
    // (The parse may hang the conjunct on the name's last word: "Xi Jinping and Vladimir Putin", under "Jinping".)
    const kids = childrenOf(syntax.words, where, sv);
    const heads = [sv, ...kids.filter((c) => c > sv && syntax.words[c].deprel === 'flat')];
    // (An adjective the parse joined is an apposition's, no subject: "Sarah and Timothy Rogers, 27 and 29 years old,".)
    const conjuncts = heads.flatMap((h) => childrenOf(syntax.words, where, h).filter((c) => c > h && syntax.words[c].deprel === 'conj' && syntax.words[c].upos !== 'ADJ'));
    if (!conjuncts.length || !first.person) return null;
    const group = [first.person];
    for (const c of conjuncts) {
      const p = personOf(c, where);
      if (!p) return null;
      if (!group.includes(p)) group.push(p);
    }
    return group.length > 1 ? { label: nameList(group.map((x) => cast.titleName(x))), person: first.person, plural: true } : null;
  };
  const parsedSubject = (word: number): Subject | null => {
    const sv = subjectWord(syntax, sw, word, (k) => inTime(syntax.words[k].start));
    const r = subjectOfWord(sv, word);
    return r && sv >= 0 && r.person && !r.plural ? coordinated(r, sv, sw) ?? r : r;
  };
  const subjectOfWord = (found: number, word: number): Subject | null => {
    let sv = found;
    if (sv < 0) return null;
    // Rule events.subject-before-time: "the Supreme Court this month rejected …" parsed with "month" as the
    // subject (a frequent parser error): the noun right before the time expression, if it stands between
    // the verb's clause and the time, is the subject.
    const time = sentenceTimes.find((t) => t.start <= syntax.words[sv].start && syntax.words[sv].start < t.end);
    if (time && sv < word) {
      let b = sv;
      while (b > sw.start && syntax.words[b - 1].end > time.start) b--;
      const prev = b - 1;
      const pw = prev >= sw.start ? syntax.words[prev] : null;
      // (Not a preposition's object: "who donated to Ayotte that day could not be located".)
      if (pw && (pw.upos === 'PROPN' || pw.upos === 'NOUN') && !inTime(pw.start) && !childrenOf(syntax.words, sw, prev).some((k) => syntax.words[k].deprel === 'case' && k < prev)) sv = prev;
    }
    // Rule events.subject-it: an "it" stands for the thing it names ("IMF lowers forecast", not "It lowers forecast").
    let where = sw;
    let ctx = objectCtx;
    if (model.lex.flags[syntax.words[sv].token] & Lex.NEUTER_PRONOUN) {
      const ant = neuterAntecedent(syntax, s.index, sv, (k) => people.mentionAt(syntax.words[k].start) !== undefined || inTime(syntax.words[k].start));
      if (ant >= 0) {
        sv = ant;
        if (ant < sw.start) {
          where = syntax.sentenceWords[s.index - 1];
          ctx = { ...objectCtx, sentence: where };
        }
      }
    }
    const sword = syntax.words[sv];
    // "HEMPSTEAD, N.Y. (AP) —": a wire dateline's place is no subject; nor has it a determiner ("The NEA didn’t
    // endorse a candidate" is the NEA's act: was "Didn’t does not endorse").
    const determined = sv > where.start && syntax.words[sv - 1].upos === 'DET';
    if (sv - where.start < 4 && sword.end - sword.start > 2 && /^\p{Lu}+$/u.test(model.text.slice(sword.start, sword.end)) && !determined) return null;
    // "Mrs. Clinton picked herself up" read with the honorific as the head: the person its name part mentions.
    // (Before its verb: "Band … emailed Ms. Abedin" misread with "Ms." as the subject is not Abedin's act.)
    // Rule events.subject-appos: so is a role noun with the name in apposition right after it ("Senate
    // Majority Leader Mitch McConnell, R-Ky., said": McConnell says, not "Senate Majority Leader").
    const role = sword.upos === 'NOUN' || (sword.upos === 'PROPN' && isTitleWord(model.text.slice(sword.start, sword.end)));
    if (sv < word && role && !people.mentionAt(sword.start)) {
      for (const k of childrenOf(syntax.words, where, sv)) {
        // (The name right after the honorific and its period: "Mr. Band emailed Ms. Abedin" is Band.)
        if (k <= sv || k > sv + 2 || (syntax.words[k].deprel !== 'flat' && syntax.words[k].deprel !== 'appos')) continue;
        const p = personAt(syntax.words[k].start);
        if (p) return { label: cast.titleName(p), person: p };
      }
    }
    // Rule events.subject-flat-name: a name run the parse heads at a first word that names no one, with a
    // person's name among its flat words, is that person's ("Maricopa County Recorder Helen Purcell said" was
    // "Maricopa County Recorder Helen Purcell says", then "Maricopa Helen Purcell says").
    if (sv < word && sword.upos === 'PROPN' && !people.mentionAt(sword.start)) {
      for (const k of childrenOf(syntax.words, where, sv)) {
        if (k <= sv || syntax.words[k].deprel !== 'flat') continue;
        const p = personAt(syntax.words[k].start);
        if (p) return { label: cast.titleName(p), person: p };
      }
    }
    // Rule events.subject-quantity: a part or an amount of something says of what, and agrees with it ("The top 1
    // percent paid" was "Percent pays", "many of the actions followed" was "Many follows").
    const quantity = quantityPhrase(ctx, sv);
    if (quantity) return { ...quantity, person: null };
    // A paper's or a body's name that only looks plural is one ("The Times writes"; a capital opening the
    // sentence is no name: "Police say").
    const named = sv !== where.start && NON_PERSON_HEADS.hasWord(model.text.slice(sword.start, sword.end));
    if (sword.upos === 'NOUN' && !people.mentionAt(sword.start) && !inTime(sword.start)) return { label: nounPhraseLabel(model.text, syntax, where, sv), person: null, plural: sword.xpos === 'NNS' && !named };
    // A name that is no person ("Democrats", "the White House"): the name as the parse groups it.
    if (sword.upos === 'PROPN' && !people.mentionAt(sword.start) && !inTime(sword.start)) {
      const label = phrase(ctx, sv);
      // "Democrats win", but a many-word name is one entity: "United States captures".
      if (label) return { label, person: null, plural: sword.xpos === 'NNPS' && !label.includes(' ') && !named };
    }
    return subjectAt(model, s, sword.token, people, cast, inTime);
  };
  return { inTime, objectCtx, parsedSubject };
}
