// Tests, evals and benches call the engine directly, so they load the models the hosts load (from
// the source tree here, once per process) and pass them in as the server and the CLI do. A model
// that cannot be loaded fails the test instead of silently testing the rules alone.
import { analyzeArticle as analyze } from '../../server/src/analysis/analyze';
import { findPeople as find, type PeopleModels, type PeopleOptions, type PeopleResult } from '../../server/src/analysis/people';
import type { AnalyzeOptions, ArticleAnalysis, TextModel } from '../../server/src/analysis/types';
import { ModelStore } from '../../server/src/models';
import { buildSyntax } from '../../server/src/analysis/syntax/layer';

let store: ModelStore | null = null;

/** The store tests share (source-tree models); throws when a model is missing or corrupt. */
export function testModelStore(): ModelStore {
  return (store ??= new ModelStore({
    warn: (m) => {
      throw new Error(m);
    },
  }));
}

/** The people models (name tagger, pronoun model). */
export function peopleModels(): PeopleModels {
  return testModelStore().peopleModels();
}

/** The engine options that carry the models. */
export function engineModels(): AnalyzeOptions {
  return testModelStore().withModels();
}

/** `analyzeArticle` with the models (unless the options give their own `peopleModels` or `syntax`). */
export function analyzeArticle(text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  return analyze(text, testModelStore().withModels(options));
}

/** `findPeople` with the models and the text's syntax layer; options override them (`{ coref: null }`: pronouns by the rules). */
export function findPeople(model: TextModel, options: PeopleOptions = {}): PeopleResult {
  const syntaxModel = testModelStore().syntaxModel();
  const syntax = options.syntax !== undefined || !syntaxModel ? options.syntax : buildSyntax(model.tokens, model.sentences, syntaxModel);
  return find(model, { ...peopleModels(), ...options, syntax });
}
