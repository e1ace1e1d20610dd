import { DocumentHighlightKind, type DocumentHighlight, type Location, type Range } from 'vscode-languageserver-types';
import type { ArticleAnalysis, Mention, Person } from '../analysis/types';
import type { LineIndex } from './lineIndex';
import { mentionAt, personById } from './hover';
import { shortName } from '../analysis/shortName';

/** The mention that defines a person: the first mention using the full name (else the first name mention). */
export function definingMention(p: Person): Mention | undefined {
  return p.mentions.find((m) => m.kind === 'name' && m.text === p.name) ?? p.mentions.find((m) => m.kind === 'name') ?? p.mentions[0];
}

function personAt(analysis: ArticleAnalysis, offset: number): Person | undefined {
  const m = mentionAt(analysis, offset);
  return m ? personById(analysis, m.person) : undefined;
}

export function definition(analysis: ArticleAnalysis, lines: LineIndex, uri: string, offset: number): Location | null {
  const p = personAt(analysis, offset);
  const d = p && definingMention(p);
  return d ? { uri, range: lines.range(d.start, d.end) } : null;
}

export function references(analysis: ArticleAnalysis, lines: LineIndex, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const p = personAt(analysis, offset);
  if (!p) return [];
  const d = definingMention(p);
  return p.mentions.filter((m) => includeDeclaration || m !== d).map((m) => ({ uri, range: lines.range(m.start, m.end) }));
}

/** Every mention of the person under the cursor: names as Write (they can be renamed), pronouns and titles as Read. */
export function documentHighlights(analysis: ArticleAnalysis, lines: LineIndex, offset: number): DocumentHighlight[] {
  const p = personAt(analysis, offset);
  if (!p) return [];
  return p.mentions.map((m) => ({ range: lines.range(m.start, m.end), kind: m.kind === 'name' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

export type RenameResult = { ok: true; edits: { range: Range; newText: string }[] } | { ok: false; message: string };

export function prepareRename(analysis: ArticleAnalysis, lines: LineIndex, offset: number): { range: Range; placeholder: string } | { message: string } | null {
  const m = mentionAt(analysis, offset);
  if (!m) return null;
  if (m.kind !== 'name') {
    const p = personById(analysis, m.person);
    return { message: `“${m.text}” is a ${m.kind} referring to ${p?.name ?? 'a person'}; rename one of the name mentions instead.` };
  }
  return { range: lines.range(m.start, m.end), placeholder: m.text };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** The word spans of a mention: the words are edited, the whitespace between them (tab, NBSP…) is kept. */
function wordSpans(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\S+/g;
  const slice = text.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** What a new name may be: words of letters (with marks, apostrophes, hyphens, inner or final dots), one line. */
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’\-.]*$/u;
const MAX_NAME_WORDS = 8;

/** Why `newName` cannot be a person's name, or null when it can. */
export function invalidName(newName: string): string | null {
  if (/[\r\n\u2028\u2029]/.test(newName)) return 'The new name must be on one line.';
  const w = words(newName.trim());
  if (w.length === 0) return 'The new name is empty.';
  if (w.length > MAX_NAME_WORDS) return `The new name has ${w.length} words; a person's name has at most ${MAX_NAME_WORDS}.`;
  const bad = w.find((x) => !NAME_WORD.test(x));
  if (bad) return `“${bad}” is not a name word (letters, apostrophes, hyphens and dots only).`;
  return null;
}

/**
 * Heads of organisation and place names that are built on a person's name
 * ("Clinton Foundation", "Trump Tower", "Crime Bill" is the mirror case): a
 * name word right before one of these, or a single name word right after a
 * capitalised word that is not one of the person's titles, is part of another
 * proper noun and is not renamed.
 */
const ORG_HEADS = new Set(
  'Foundation Institute Center Centre University College School Academy Library Museum Fund Trust Organization Organisation Group Corporation Corp Inc Company Co Tower Towers Hotel Hall Memorial Initiative Administration Airport Bridge Street Avenue Boulevard Park Prize Award Act Bill Doctrine Plaza Building Stadium Arena Center Clinic Hospital Society Association Campaign Committee Presidential Library'.split(' '),
);

function partOfOtherProperNoun(text: string, m: Mention, p: Person): boolean {
  const after = /^[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}]*)/u.exec(text.slice(m.end, m.end + 40));
  if (after && ORG_HEADS.has(after[1])) return true;
  if (words(m.text).length !== 1) return false;
  const before = /(\p{Lu}[\p{L}\p{M}]*)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (!before) return false;
  // "President Petro", "Sen. Moreno", "Colombian Petro": the person's own titles and descriptors are not another noun.
  const own = new Set([...p.titles, ...p.descriptors].flatMap((t) => words(t)));
  return !own.has(before[1]) && !isSentenceStartWord(text, m.start - before[0].length);
}

/** A capitalised word that starts a sentence or a line is capitalised for that reason only. */
function isSentenceStartWord(text: string, at: number): boolean {
  const prev = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(?:[.!?:;]["”’)]?\s+|[\r\n]\s*|["“‘(]\s*)$/.test(prev) || /^\s*$/.test(prev);
}

/**
 * Renames a person: every name mention is rewritten in the form it had
 * (full name, surname, first name), word by word so the whitespace inside a
 * name stays as written; pronouns are left alone, and so are names that are
 * part of another proper noun (an organisation, a building, a bill). Refuses
 * an invalid new name, and when a mention's form cannot be mapped or is
 * shared with another person.
 */
export function rename(analysis: ArticleAnalysis, lines: LineIndex, offset: number, newName: string): RenameResult {
  const m = mentionAt(analysis, offset);
  if (!m || m.kind !== 'name') return { ok: false, message: 'Rename works on a name mention of a person.' };
  const p = personById(analysis, m.person);
  if (!p) return { ok: false, message: 'No person here.' };
  const invalid = invalidName(newName);
  if (invalid) return { ok: false, message: invalid };
  const target = words(newName.trim());
  // A name is "given part + family part"; the family part is the form used after first mention ("Petro").
  const full = words(p.name);
  const short = words(shortName(p));
  const familyLen = isSuffix(short, full) ? short.length : 1;
  const oldGiven = full.slice(0, full.length - familyLen);
  const oldFamily = full.slice(full.length - familyLen);
  const invoked = words(m.text);
  let given: string[];
  let family: string[];
  if (same(invoked, full)) {
    // The new name keeps the old family part's length, but a new name of two or more words always keeps a given part.
    const cut = target.length > familyLen ? target.length - familyLen : target.length >= 2 ? target.length - 1 : 0;
    given = target.slice(0, cut);
    family = target.slice(cut);
  } else if (same(invoked, oldFamily)) [given, family] = [oldGiven, target];
  else if (same(invoked, oldGiven)) [given, family] = [target, oldFamily];
  else return { ok: false, message: `Cannot tell how “${m.text}” relates to the full name “${p.name}”; rename the full name instead.` };

  const others = new Set(analysis.people.filter((o) => o !== p).flatMap((o) => o.mentions.filter((x) => x.kind === 'name').map((x) => x.text)));
  const text = analysis.text;
  const edits: { range: Range; newText: string }[] = [];
  for (const x of p.mentions) {
    if (x.kind !== 'name') continue;
    if (x !== m && partOfOtherProperNoun(text, x, p)) continue;
    const pos = lines.positionAt(x.start);
    if (others.has(x.text)) return { ok: false, message: `“${x.text}” at line ${pos.line + 1} also names someone else in this article; rename it by hand.` };
    const w = words(x.text);
    let replacement: string[];
    if (same(w, full)) replacement = [...given, ...family];
    else if (same(w, oldFamily)) replacement = family;
    else if (same(w, oldGiven)) replacement = given;
    else return { ok: false, message: `“${x.text}” at line ${pos.line + 1} is not a form of “${p.name}” this rename can map; rename it by hand.` };
    const spans = wordSpans(text, x.start, x.end);
    if (replacement.length === spans.length) {
      // Word for word: only the words that change are edited.
      spans.forEach((sp, i) => {
        if (text.slice(sp.start, sp.end) !== replacement[i]) edits.push({ range: lines.range(sp.start, sp.end), newText: replacement[i] });
      });
    } else {
      // A different number of words: the name's own first separator joins the new words.
      const sep = spans.length > 1 ? text.slice(spans[0].end, spans[1].start) : ' ';
      edits.push({ range: lines.range(spans[0].start, spans[spans.length - 1].end), newText: replacement.join(sep) });
    }
  }
  return { ok: true, edits };
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function isSuffix(part: string[], whole: string[]): boolean {
  return part.length < whole.length && part.every((w, i) => w === whole[whole.length - part.length + i]);
}

