// Finding and reading `.articlelens.json` (the only file I/O of the configuration; parsing is pure).
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE, EMPTY_CONFIG, NO_PROJECT, articleScope, parseProjectConfig, type ArticleScope, type ProjectConfig } from './projectConfig';

export type LoadedConfig =
  | { ok: true; file: string; config: ProjectConfig }
  | { ok: false; file: string; message: string; line: number; column: number; offset: number };

/** The nearest `.articlelens.json` in `dir` or a folder above it, or null. */
export function findConfigFile(dir: string): string | null {
  for (let d = path.resolve(dir); ; ) {
    const f = path.join(d, CONFIG_FILE);
    try {
      if (fs.statSync(f).isFile()) return f;
    } catch {
      /* not here: go up */
    }
    const up = path.dirname(d);
    if (up === d) return null;
    d = up;
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, file, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, line: 1, column: 1, offset: 0 };
  }
  const r = parseProjectConfig(text);
  if (r.ok) return { ok: true, file, config: r.config };
  const before = text.slice(0, r.offset);
  const line = before.split('\n').length;
  return { ok: false, file, message: r.message, line, column: r.offset - before.lastIndexOf('\n'), offset: r.offset };
}

/** One line saying what is wrong and where: `path/.articlelens.json:3:5: "anonymous-sorce" is not a rule (…)`. */
export function describeConfigError(e: Extract<LoadedConfig, { ok: false }>): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}; using the defaults`;
}

/** The article's path relative to the configuration file's folder, with `/` separators (for `ignore.files`). */
export function relativeToConfig(configFile: string, article: string): string {
  return path.relative(path.dirname(configFile), path.resolve(article)).split(path.sep).join('/');
}

export type ConfigError = Extract<LoadedConfig, { ok: false }>;

/**
 * The project configuration of each article: the explicit file if one is given (the CLI's `--config`),
 * else the nearest `.articlelens.json` above the article (above the working directory for stdin, `-`).
 * Each file is read once until `forget()`; an invalid one is reported once and the defaults are used.
 */
export class ProjectConfigs {
  private readonly loaded = new Map<string, ProjectConfig>();
  private readonly nearest = new Map<string, string | null>();
  constructor(
    private readonly onInvalid: (e: ConfigError) => void,
    private readonly explicit?: string,
    private readonly onValid?: (file: string) => void,
  ) {}

  /** The configuration file that applies to an article, or null. */
  fileFor(article: string): string | null {
    if (this.explicit) return path.resolve(this.explicit);
    const dir = article === '-' ? process.cwd() : path.dirname(path.resolve(article));
    let f = this.nearest.get(dir);
    if (f === undefined) this.nearest.set(dir, (f = findConfigFile(dir)));
    return f;
  }

  forArticle(article: string): ArticleScope {
    const file = this.fileFor(article);
    if (file === null) return NO_PROJECT;
    return articleScope(this.configAt(file), article === '-' ? null : relativeToConfig(file, article));
  }

  /** Drops everything read: a configuration file was created, changed or deleted. */
  forget(): void {
    this.loaded.clear();
    this.nearest.clear();
  }

  /** The configuration in `file` (read once until `forget()`; the defaults when invalid). */
  configAt(file: string): ProjectConfig {
    let config = this.loaded.get(file);
    if (config) return config;
    const r = loadConfigFile(file);
    if (r.ok) this.onValid?.(file);
    else this.onInvalid(r);
    config = r.ok ? r.config : EMPTY_CONFIG;
    this.loaded.set(file, config);
    return config;
  }
}

/** The configuration file's text for the quick fixes that edit it, or null when it cannot be read. */
export function readConfigText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
