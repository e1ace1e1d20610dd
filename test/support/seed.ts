import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './lspClient';

/** The seed article shipped in samples/ (the same file as ../shared/articles/000_81869d887f725d86.txt). */
export const SEED_PATH = path.join(REPO, 'samples', '000_81869d887f725d86.txt');
export const SEED = fs.readFileSync(SEED_PATH, 'utf8');

/** Offset of the n-th (0-based) occurrence of `needle` in `text`, plus `delta`. */
export function nth(text: string, needle: string, n = 0, delta = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${n + 1} times`);
  }
  return at + delta;
}
