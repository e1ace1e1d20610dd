// Quick fixes write text a reader would not correct (issue 14): every attribution and closing-mark fix
// offered on the dev and train articles is applied, the result re-analysed, and checked: the finding is
// gone, no new quotation problem appears, the quotation is credited to the person the fix named, and
// the edit only inserted words.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../support/models';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { LineIndex } from '../../server/src/features/lineIndex';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { REPO, applyEdits } from '../support/lspClient';

const URI = 'file:///t.article';
const QUOTE_CODES = new Set(['unattributed-quote', 'unbalanced-quote']);

/** Problems a fix must not leave or add: quotation findings, by code and the words they cover. */
function problems(text: string): string[] {
  const a = analyzeArticle(text);
  return a.findings.filter((f) => QUOTE_CODES.has(f.code)).map((f) => `${f.code}:${text.slice(f.start, f.end).slice(0, 40)}`);
}

interface Checked {
  fixes: number;
  failures: string[];
}

function checkFixes(name: string, text: string, out: Checked): void {
  const a = analyzeArticle(text);
  if (!a.findings.some((f) => QUOTE_CODES.has(f.code))) return;
  const lines = new LineIndex(text);
  const all = diagnostics(a, lines, DEFAULT_SETTINGS, Infinity);
  const before = problems(text);
  for (const act of codeActions(a, lines, URI, all)) {
    const edits = act.edit?.changes?.[URI];
    if (!edits || !act.diagnostics?.length) continue;
    out.fixes++;
    const fixed = applyEdits(text, edits);
    const where = `${name}: "${act.title}"`;
    // Only words were inserted: the original comes back when the inserted text is taken out again
    // (a closing '.' may become ',' before a credit).
    for (const e of edits) {
      const s = lines.offsetAt(e.range.start);
      const en = lines.offsetAt(e.range.end);
      if (en - s > 1 || (en - s === 1 && !(text[s] === '.' && e.newText === ','))) out.failures.push(`${where} replaces ${JSON.stringify(text.slice(s, en))}`);
    }
    const after = problems(fixed);
    const target = `${String(act.diagnostics[0].code)}:${text.slice(lines.offsetAt(act.diagnostics[0].range.start), lines.offsetAt(act.diagnostics[0].range.end)).slice(0, 40)}`;
    if (after.includes(target)) out.failures.push(`${where} leaves its finding`);
    // Closing a quotation may reveal that nobody is credited with it: that finding is the quotation's own.
    const from = fixed.slice(lines.offsetAt(act.diagnostics[0].range.start));
    const closedQuote = (p: string) => act.title.startsWith('Close') && p.startsWith('unattributed-quote:') && from.startsWith(p.slice('unattributed-quote:'.length));
    const added = after.filter((p) => !before.includes(p) && !closedQuote(p));
    if (added.length) out.failures.push(`${where} adds ${added.join(' | ')}`);
    const m = /^Attribute to (.+) \(add “(.+) (said|says)”\)$/.exec(act.title);
    if (m) {
      const start = lines.offsetAt(act.diagnostics[0].range.start);
      const q = analyzeArticle(fixed).quotes.find((x) => x.start === start);
      const mention = q?.speakerMention?.text;
      // A fragment in marks stays partial; the credit must still be the named person's.
      if (!q || (q.status !== 'attributed' && q.status !== 'partial') || mention !== m[2]) out.failures.push(`${where} credits ${mention ?? 'nobody'} (${q?.status})`);
      // A whole name: never a first name and an initial ("Robert C.").
      if (/\b\p{Lu}\.$/u.test(m[2])) out.failures.push(`${where} offers a fragment`);
    }
  }
}

const SYNTHETIC: [string, string][] = [
  ['uncredited', ' date 2026-02-03 Sen. Robert C. "Bobby" Scott met Gov. Ralph Northam and Maria Lopez in Richmond.\n\n“We will not back down.”\n\nThe talks ran late.\n\n“See you in March.”\n'],
  ['addressed', ' date 2026-02-03 Gov. Ralph Northam met Sen. Maria Lopez on Monday.\n\n“Maria, we need your vote.”\n\nLopez did not answer.\n'],
  ['present', ' date 2026-02-03 “We are ready,” Northam says. “The state is ready,” Lopez says.\n\nThe vote is on Friday.\n\n“Nobody is ready.”\n'],
  ['unclosed', ' date 2026-02-03 Gov. Ralph Northam spoke on Monday.\n\n“We will not back down, Northam said.\n\nThe vote is on Friday.\n'],
];

test('every offered quotation fix applies cleanly: the finding goes, nothing new appears, the named person is credited', () => {
  const texts: [string, string][] = [...SYNTHETIC];
  for (const split of ['dev', 'train']) {
    const dir = path.resolve(REPO, '..', 'shared', 'eval', 'polnear', split, 'text');
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir).sort()) texts.push([f, fs.readFileSync(path.join(dir, f), 'utf8')]);
  }
  const out: Checked = { fixes: 0, failures: [] };
  for (const [name, text] of texts) checkFixes(name, text, out);
  assert.ok(out.fixes > 20, `${out.fixes} fixes checked`);
  assert.deepEqual(out.failures, [], `${out.failures.length} of ${out.fixes} fixes:\n${out.failures.slice(0, 40).join('\n')}`);
});

test('the attribution fix uses the article’s tense and never offers a person addressed in the quotation', () => {
  const present = SYNTHETIC[2][1];
  const a = analyzeArticle(present);
  const lines = new LineIndex(present);
  const titles = codeActions(a, lines, URI, diagnostics(a, lines, DEFAULT_SETTINGS, Infinity)).map((x) => x.title);
  assert.ok(titles.some((t) => / says”\)$/.test(t)), titles.join('; '));
  const addressed = SYNTHETIC[1][1];
  const b = analyzeArticle(addressed);
  const lb = new LineIndex(addressed);
  const offered = codeActions(b, lb, URI, diagnostics(b, lb, DEFAULT_SETTINGS, Infinity)).map((x) => x.title);
  assert.ok(offered.some((t) => t.startsWith('Attribute to Ralph Northam')), offered.join('; '));
  assert.ok(!offered.some((t) => t.startsWith('Attribute to Maria Lopez')), offered.join('; '));
});
