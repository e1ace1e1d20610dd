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

/**
 * Renames a person: every name mention is rewritten in the form it had
 * (full name, surname, first name); pronouns are left alone. Refuses when a
 * mention's form cannot be mapped or is shared with another person.
 */
export function rename(analysis: ArticleAnalysis, lines: LineIndex, offset: number, newName: string): RenameResult {
  const m = mentionAt(analysis, offset);
  if (!m || m.kind !== 'name') return { ok: false, message: 'Rename works on a name mention of a person.' };
  const p = personById(analysis, m.person);
  if (!p) return { ok: false, message: 'No person here.' };
  const target = words(newName.trim());
  if (target.length === 0) return { ok: false, message: 'The new name is empty.' };
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
    const cut = target.length > familyLen ? target.length - familyLen : 0;
    given = target.slice(0, cut);
    family = target.slice(cut);
  } else if (same(invoked, oldFamily)) [given, family] = [oldGiven, target];
  else if (same(invoked, oldGiven)) [given, family] = [target, oldFamily];
  else return { ok: false, message: `Cannot tell how “${m.text}” relates to the full name “${p.name}”; rename the full name instead.` };

  const others = new Set(analysis.people.filter((o) => o !== p).flatMap((o) => o.mentions.filter((x) => x.kind === 'name').map((x) => x.text)));
  const edits: { range: Range; newText: string }[] = [];
  for (const x of p.mentions) {
    if (x.kind !== 'name') continue;
    const pos = lines.positionAt(x.start);
    if (others.has(x.text)) return { ok: false, message: `“${x.text}” at line ${pos.line + 1} also names someone else in this article; rename it by hand.` };
    const w = words(x.text);
    let replacement: string[];
    if (same(w, full)) replacement = [...given, ...family];
    else if (same(w, oldFamily)) replacement = family;
    else if (same(w, oldGiven)) replacement = given;
    else return { ok: false, message: `“${x.text}” at line ${pos.line + 1} is not a form of “${p.name}” this rename can map; rename it by hand.` };
    edits.push({ range: lines.range(x.start, x.end), newText: replacement.join(' ') });
  }
  return { ok: true, edits };
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function isSuffix(part: string[], whole: string[]): boolean {
  return part.length < whole.length && part.every((w, i) => w === whole[whole.length - part.length + i]);
}

function isPrefix(part: string[], whole: string[]): boolean {
  return part.length < whole.length && part.every((w, i) => w === whole[i]);
}
