// Loads the trained models shipped beside the bundles (dist/syntax.bin, dist/people-tagger.json,
// dist/people-coref.json) once, on first use. This is host code (server, worker, CLI): the engine
// stays free of I/O and receives the models as data through its options. A missing or corrupt file is
// reported once as a warning and the analysis runs without that model (syntax: none; people: the
// rules find the names, or resolve the pronouns, alone).
import * as fs from 'fs';
import * as path from 'path';
import { decodeSyntaxModel, syntaxModelFromImage, syntaxModelImage, type SyntaxModel, type SyntaxModelImage } from './analysis/syntax/model';
import { heapAlloc, scratchBuffer, sharedAlloc } from './analysis/syntax/weights';
import { compileNameTagger } from './analysis/people/tagger';
import { compileCorefModel } from './analysis/people/corefFeatures';
import type { PeopleModels } from './analysis/people';
import type { AnalyzeOptions } from './analysis/types';

/** A model file: its name beside the bundles, and where it lives in the source tree. */
interface ModelFile {
  file: string;
  /** Folder under server/src/analysis, and the file's name there. */
  dir: string;
  source: string;
}

const SYNTAX: ModelFile = { file: 'syntax.bin', dir: 'syntax', source: 'syntax.bin' };
const TAGGER: ModelFile = { file: 'people-tagger.json', dir: 'people', source: 'model.json' };
const COREF: ModelFile = { file: 'people-coref.json', dir: 'people', source: 'coref.json' };

/** The model files esbuild.js copies into dist/ (source path → name beside the bundles). */
export const SHIPPED_MODELS: ReadonlyArray<[string, string]> = [SYNTAX, TAGGER, COREF].map((m) => [`server/src/analysis/${m.dir}/${m.source}`, m.file]);

/** Where a model may be: beside the bundle (dist/), or in the source tree (tests run from out/). */
function candidatesOf(m: ModelFile, dir: string): string[] {
  return [path.join(dir, m.file), path.resolve(dir, '../../../server/src/analysis', m.dir, m.source), path.resolve(dir, 'analysis', m.dir, m.source)];
}

export function syntaxModelCandidates(dir = __dirname): string[] {
  return candidatesOf(SYNTAX, dir);
}

export interface ModelStoreOptions {
  /** Folder the models are looked for in (and the source tree relative to it); default: this bundle's. */
  dir?: string;
  /** Called once with the people models that could not be loaded (both in one message): the files and what the analysis does without them. */
  warn?: (message: string) => void;
  /**
   * Decode the syntax model's weight tables into SharedArrayBuffers, so that `syntaxImage()` hands
   * them to worker threads without a copy (the CLI's pool: one ≈ 50 MB copy per process).
   */
  shareSyntax?: boolean;
  /** A syntax model another thread decoded (`syntaxImage()`): adopted instead of reading the file. */
  syntaxImage?: SyntaxModelImage | null;
}

export class ModelStore {
  private syntax: SyntaxModel | null | undefined;
  private people: PeopleModels | undefined;
  /** The reason the syntax model could not be loaded, once it was tried. */
  warning: string | null = null;
  /** Every warning so far (syntax and people models). */
  readonly warnings: string[] = [];
  /** Milliseconds spent reading and decoding models. */
  loadMs = 0;
  /** The folder the models are looked for in. */
  readonly dir: string;
  private readonly warn: (message: string) => void;
  constructor(options: ModelStoreOptions | string[] = {}) {
    // An array is the syntax model's candidate paths (older callers and tests).
    const o = Array.isArray(options) ? {} : options;
    this.dir = o.dir ?? __dirname;
    this.warn = o.warn ?? (() => undefined);
    this.shareSyntax = o.shareSyntax ?? false;
    this.image = o.syntaxImage ?? null;
    if (Array.isArray(options)) this.syntaxCandidates = options;
  }
  private readonly shareSyntax: boolean;
  private image: SyntaxModelImage | null;
  private syntaxCandidates: string[] | null = null;

  /** The syntax model, or null (with `warning` set) when it cannot be read. */
  syntaxModel(): SyntaxModel | null {
    if (this.syntax !== undefined) return this.syntax;
    const t0 = Date.now();
    if (this.image) {
      this.syntax = syntaxModelFromImage(this.image);
      this.loadMs += Date.now() - t0;
      return this.syntax;
    }
    const alloc = this.shareSyntax ? sharedAlloc : heapAlloc;
    const r = this.read(SYNTAX, (bytes) => decodeSyntaxModel(bytes, alloc), 'analysing without syntax', this.syntaxCandidates ?? undefined);
    this.syntax = r.model;
    // The syntax model is asked for only by commands that need it: they report `warning` as their error.
    if (r.warning) this.warning = r.warning;
    this.loadMs += Date.now() - t0;
    return this.syntax;
  }

  /** The syntax model as worker threads adopt it (`syntaxImage` option), or null when there is none. */
  syntaxImage(): SyntaxModelImage | null {
    if (!this.image) {
      const m = this.syntaxModel();
      if (m) this.image = syntaxModelImage(m);
    }
    return this.image;
  }

  /**
   * The people stage's models (name tagger, pronoun model); either is null when its file is missing or
   * corrupt, and the warning says which and what the analysis does without it.
   */
  peopleModels(): PeopleModels {
    if (this.people) return this.people;
    const t0 = Date.now();
    const tagger = this.read(TAGGER, (bytes) => compileNameTagger(JSON.parse(bytes.toString('utf8'))), 'names are found by the rules alone');
    const coref = this.read(COREF, (bytes) => compileCorefModel(JSON.parse(bytes.toString('utf8'))), 'pronouns are resolved by the rules alone');
    this.people = { tagger: tagger.model, coref: coref.model };
    // One message for both files (the CLI prints it as one line).
    const problems = [tagger.warning, coref.warning].filter((w): w is string => !!w);
    if (problems.length) this.warn(problems.join('; '));
    this.loadMs += Date.now() - t0;
    return this.people;
  }

  /** The engine options with the syntax and people models added (unless the options carry their own). */
  withModels(options: AnalyzeOptions = {}): AnalyzeOptions {
    if (options.peopleModels !== undefined && options.syntax !== undefined) return options;
    return {
      ...options,
      peopleModels: options.peopleModels === undefined ? this.peopleModels() : options.peopleModels,
      syntax: options.syntax === undefined ? this.syntaxModelOrWarn() : options.syntax,
    };
  }

  /** The syntax model for an analysis: a missing or corrupt file is warned about once, and the analysis goes on without syntax. */
  private syntaxModelOrWarn(): SyntaxModel | null {
    const first = this.syntax === undefined;
    const m = this.syntaxModel();
    if (first && !m && this.warning) this.warn(this.warning);
    return m;
  }

  private read<T>(m: ModelFile, decode: (bytes: Buffer) => T | null, without: string, candidates = candidatesOf(m, this.dir)): { model: T | null; warning?: string } {
    const file = candidates.find((f) => fs.existsSync(f));
    let warning: string;
    if (!file) warning = `model ${m.file} not found (looked in ${candidates.join(', ')}); ${without}`;
    else {
      try {
        const model = withFileBytes(file, decode);
        if (model) return { model };
        warning = `model ${file} holds no weights; ${without}`;
      } catch (e) {
        warning = `model ${file} is unreadable (${e instanceof Error ? e.message : String(e)}); ${without}`;
      }
    }
    this.warnings.push(warning);
    return { model: null, warning };
  }
}

/**
 * `use(bytes)` on the file's bytes, whose memory is given back when it returns (`scratchBuffer`). The
 * decoders keep no view of the bytes; a buffer from readFileSync stayed resident until a full collection:
 * with the syntax model (17 MB), in each thread, through a large document's analysis (issue 18).
 */
function withFileBytes<T>(file: string, use: (bytes: Buffer) => T): T {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const memory = scratchBuffer(size);
    try {
      const bytes = Buffer.from(memory.buffer, 0, size);
      let got = 0;
      for (let n = 1; got < size && n > 0; got += n) n = fs.readSync(fd, bytes, got, size - got, got);
      return use(bytes.subarray(0, got));
    } finally {
      memory.release();
    }
  } finally {
    fs.closeSync(fd);
  }
}

let shared: ModelStore | null = null;
let sharedWarn: (message: string) => void = (m) => console.error(`Article Lens: ${m}`);

/** Where the process-wide store's warnings go (the server: its log); set before the first analysis. */
export function onModelWarning(warn: (message: string) => void): void {
  sharedWarn = warn;
}

/** The process-wide store of the server and its worker: each model is read once per thread, on first use. */
export function sharedModels(): ModelStore {
  return (shared ??= new ModelStore({ warn: (m) => sharedWarn(m) }));
}
