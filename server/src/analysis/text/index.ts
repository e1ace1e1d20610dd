export { segment, splitParagraphs } from './segment';
export { parseDateline, isRealDate, normalizeDateOption } from './dateline';
export { sentenceAt, paragraphAt, tokenIndexAt, spanAt } from './lookup';
export { buildTokenLayer, emptyTokenLayer } from './tokens';
