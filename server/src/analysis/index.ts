// The article engine's public surface: pure functions, no I/O, no editor types.
export * from './types';
export { analyzeArticle } from './analyze';
export { segment, sentenceAt, paragraphAt } from './text';
