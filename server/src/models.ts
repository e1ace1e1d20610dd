// Loads the trained models shipped beside the bundles (dist/syntax.bin) once, on first use. This is
// host code (server, worker, CLI): the engine stays free of I/O and receives the model as data. A missing
// or corrupt file is reported once as a warning and the analysis runs without syntax.
import * as fs from 'fs';
import * as path from 'path';
import { decodeSyntaxModel, type SyntaxModel } from './analysis/syntax/model';

const FILE = 'syntax.bin';

/** Where the model may be: beside the bundle (dist/), or in the source tree (tests run from out/). */
export function syntaxModelCandidates(dir = __dirname): string[] {
  return [path.join(dir, FILE), path.resolve(dir, '../../../server/src/analysis/syntax', FILE), path.resolve(dir, 'analysis/syntax', FILE)];
}

export class ModelStore {
  private syntax: SyntaxModel | null | undefined;
  /** The reason the model could not be loaded, once it was tried. */
  warning: string | null = null;
  loadMs = 0;
  constructor(private readonly candidates: string[] = syntaxModelCandidates()) {}

  /** The syntax model, or null (with `warning` set) when it cannot be read. */
  syntaxModel(): SyntaxModel | null {
    if (this.syntax !== undefined) return this.syntax;
    const t0 = Date.now();
    const file = this.candidates.find((f) => fs.existsSync(f));
    if (!file) {
      this.warning = `syntax model ${FILE} not found (looked in ${this.candidates.join(', ')}); analysing without syntax`;
      this.syntax = null;
      return null;
    }
    try {
      this.syntax = decodeSyntaxModel(fs.readFileSync(file));
    } catch (e) {
      this.warning = `syntax model ${file} is unreadable (${e instanceof Error ? e.message : String(e)}); analysing without syntax`;
      this.syntax = null;
    }
    this.loadMs = Date.now() - t0;
    return this.syntax;
  }
}
