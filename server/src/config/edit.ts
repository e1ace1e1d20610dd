// Edits to `.articlelens.json` for the silencing quick fixes. Pure: from the file's current text (null when
// it does not exist) to minimal offset edits that keep the user's formatting (jsonc-parser).
import { modify, parseTree, findNodeAtLocation, type Edit, type ModificationOptions, type ParseError } from 'jsonc-parser';
import type { FindingCode } from '../analysis/types';
import type { IgnoredFinding } from './projectConfig';

export type { Edit } from 'jsonc-parser';

const OPTIONS: ModificationOptions = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** Edits adding `entry` to `ignore.findings`, or null when the file is not a JSON object (or already has it). */
export function addIgnoredFinding(text: string | null, entry: IgnoredFinding): Edit[] | null {
  if (!text?.trim()) return created({ ignore: { findings: [entry] } });
  const root = objectRoot(text);
  if (!root) return null;
  const list = findNodeAtLocation(root, ['ignore', 'findings']);
  if (list && list.type !== 'array') return null;
  const key = 'hash' in entry ? entry.hash : entry.text;
  if (list?.children?.some((c) => findNodeAtLocation(c, ['hash' in entry ? 'hash' : 'text'])?.value === key && findNodeAtLocation(c, ['rule'])?.value === entry.rule)) return null;
  return modify(text, ['ignore', 'findings', list?.children?.length ?? 0], entry, { ...OPTIONS, isArrayInsertion: true });
}

/** Edits setting `rules[code]` to `severity`, or null when the file is not a JSON object. */
export function setRule(text: string | null, code: FindingCode, severity: string): Edit[] | null {
  if (!text?.trim()) return created({ rules: { [code]: severity } });
  if (!objectRoot(text)) return null;
  return modify(text, ['rules', code], severity, OPTIONS);
}

function objectRoot(text: string) {
  const errors: ParseError[] = [];
  // Strict JSON, as the reader wants it.
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  return root && root.type === 'object' && !errors.length ? root : null;
}

function created(value: unknown): Edit[] {
  return [{ offset: 0, length: 0, content: JSON.stringify({ $schema: SCHEMA_URL, ...(value as object) }, null, 2) + '\n' }];
}

/** Written into new files so other editors validate them too (VS Code uses the contributed schema anyway). */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/article-lens/article-lens/main/schemas/articlelens.schema.json';

/** Applies offset edits (as a client would), for tests and for the text the server expects next. */
export function applyOffsetEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.content + out.slice(e.offset + e.length);
  return out;
}
