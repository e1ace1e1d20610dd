import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { quoteRows, quotesCsv, quotesMarkdown, type QuoteRow } from '../../server/src/features/quoteSheet';
import { LineIndex } from '../../server/src/features/lineIndex';
import { analyzeArticle } from '../support/models';

const row = (text: string, speaker = 'Jane Okafor'): QuoteRow => ({ file: 'a.article', line: 3, speaker, title: 'Mayor', cue: 'said', via: '', kind: 'attributed', status: 'attributed', text });

test('CSV cells with commas, quotes and line breaks are quoted; formula-like cells are defused', () => {
  const csv = quotesCsv([row('“Yes, we “can”,” she said'), row('=HYPERLINK("x")', '@evil')]);
  assert.equal(csv.split('\r\n')[1], 'a.article,3,Jane Okafor,Mayor,said,,attributed,attributed,"“Yes, we “can”,” she said"');
  assert.equal(csv.split('\r\n')[2], `a.article,3,'@evil,Mayor,said,,attributed,attributed,"'=HYPERLINK(""x"")"`);
});

test('Markdown cells escape the column bar', () => {
  const md = quotesMarkdown([row('a | b')]);
  assert.match(md, /\| a \\\| b \|\n$/);
  assert.match(md, /^# Quote sheet\n\n1 quotation\./);
});

test('the sheet names every person credited together and the outer source of a nested attribution', () => {
  const text = '“We will not be bullied,” Phil Berger and Tim Moore said. “We won,” Bernie Sanders said, according to CNN.';
  const a = analyzeArticle(text);
  const rows = quoteRows('x.article', a, new LineIndex(text));
  assert.deepEqual(rows.map((r) => [r.speaker, r.via]), [
    ['Phil Berger; Tim Moore', ''],
    ['Bernie Sanders', 'CNN'],
  ]);
});
