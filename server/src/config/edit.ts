// Edits to `.articlelens.json` for the silencing quick fixes. Pure: from the file's current text (null when
// it does not exist) to small offset edits in the file's own indentation (jsonc-parser); the text before the
// insertion point is kept as written.
import { modify, parseTree, findNodeAtLocation, type Edit, type ModificationOptions, type ParseError } from 'jsonc-parser';
import type { FindingCode } from '../analysis/types';
import type { IgnoredFinding } from './projectConfig';

export type { Edit } from 'jsonc-parser';

/** Formatting for inserted text, following the file's own indentation and line ends. */
function optionsFor(text: string): ModificationOptions {
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { formattingOptions: indent.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indent.length, eol } };
}

/** Edits adding `entry` to `ignore.findings`, or null when the file is not a JSON object (or already has it). */
export function addIgnoredFinding(text: string | null, entry: IgnoredFinding): Edit[] | null {
  if (!text?.trim()) return created({ ignore: { findings: [entry] } });
  const root = objectRoot(text);
  if (!root) return null;
  const list = findNodeAtLocation(root, ['ignore', 'findings']);
  if (list && list.type !== 'array') return null;
  const key = 'hash' in entry ? entry.hash : entry.text;
  if (list?.children?.some((c) => findNodeAtLocation(c, ['hash' in entry ? 'hash' : 'text'])?.value === key && findNodeAtLocation(c, ['rule'])?.value === entry.rule)) return null;
  return modify(text, ['ignore', 'findings', list?.children?.length ?? 0], entry, { ...optionsFor(text), isArrayInsertion: true });
}

/** Edits setting `rules[code]` to `severity`, or null when the file is not a JSON object. */
export function setRule(text: string | null, code: FindingCode, severity: string): Edit[] | null {
  if (!text?.trim()) return created({ rules: { [code]: severity } });
  if (!objectRoot(text)) return null;
  return modify(text, ['rules', code], severity, optionsFor(text));
}

function objectRoot(text: string) {
  const errors: ParseError[] = [];
  // Strict JSON, as the reader wants it.
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  return root && root.type === 'object' && !errors.length ? root : null;
}

// No "$schema" in new files: VS Code would fetch it over the network, and it validates them through the
// schema the extension contributes (package.json "jsonValidation") anyway.
function created(value: unknown): Edit[] {
  return [{ offset: 0, length: 0, content: JSON.stringify(value, null, 2) + '\n' }];
}

/** Applies offset edits (as a client would), for tests and for the text the server expects next. */
export function applyOffsetEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}
