// Every quick fix, applied as the editor would, yields text that re-analyses clean.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient, applyEdits } from '../support/lspClient';

let c: LspClient;
before(async () => {
  c = new LspClient();
  await c.initialize();
});
after(async () => c.shutdown());

let n = 0;
async function diagnosticsOf(text: string, uri: string, version: number, code: string) {
  const from = c.notifications.length;
  if (version === 1) c.open(uri, text);
  else c.change(uri, text, version);
  const d = await c.diagnosticsFor(uri, from, version);
  return d.params.diagnostics.filter((x: { code: string }) => x.code === code);
}

const INTRO = ' date 2026-02-03 Mayor Jane Okafor and Gov. Tom Reyes toured the flooded district on Monday.\n\n';
const shapes = [
  ['ends with a full stop', '“The water came in minutes.”'],
  ['ends with a question mark', '“Who will pay for this?”'],
  ['ends with an exclamation mark', '“We need help now!”'],
  ['the full stop outside the marks', '“The water rose faster than anyone had ever warned us it could”.'],
  ['a two-paragraph quote', '“The first thing we did was count people.\n\n“Then we counted houses.”'],
];

// Short partial quotes ("a disaster") are never flagged on their own, so they have no fix to test.
for (const [name, quote] of shapes) {
  test(`unattributed quote (${name}): every "Attribute to …" fix re-analyses as attributed`, async () => {
    const text = INTRO + quote + '\n';
    const uri = `file:///quickfix/${++n}.article`;
    const diags = await diagnosticsOf(text, uri, 1, 'unattributed-quote');
    assert.equal(diags.length, 1, `expected one warning for ${JSON.stringify(quote)}`);
    const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags } });
    assert.ok(actions.length >= 2, 'fixes for the plausible speakers');
    let version = 1;
    for (const a of actions) {
      assert.equal(a.kind, 'quickfix');
      const fixed = applyEdits(text, a.edit.changes[uri]);
      const left = await diagnosticsOf(fixed, uri, ++version, 'unattributed-quote');
      assert.deepEqual(left, [], `${a.title} left ${JSON.stringify(fixed.slice(INTRO.length))} unattributed`);
      await diagnosticsOf(text, uri, ++version, 'unattributed-quote'); // back to the original for the next fix
    }
  });
}

test('unbalanced quote: the fix closes it at the end of the paragraph when that is certain', async () => {
  const text = INTRO + '“We will rebuild the bridge by June, and Okafor knows it.\n\nThe next paragraph.\n';
  const uri = 'file:///quickfix/unbalanced.article';
  const diags = await diagnosticsOf(text, uri, 1, 'unbalanced-quote');
  assert.equal(diags.length, 1);
  const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags } });
  const fix = actions.find((a: { title: string }) => /Close the quotation/.test(a.title));
  assert.ok(fix);
  const fixed = applyEdits(text, fix.edit.changes[uri]);
  assert.match(fixed, /Okafor knows it\.”\n/);
  assert.deepEqual(await diagnosticsOf(fixed, uri, 2, 'unbalanced-quote'), []);
  // With a credit inside the opened words the quotation ends before it, not at the paragraph's end: no fix.
  const credited = INTRO + '“We will rebuild, Okafor said.\n\nThe next paragraph.\n';
  const uri2 = 'file:///quickfix/unbalanced-credited.article';
  const d2 = await diagnosticsOf(credited, uri2, 1, 'unbalanced-quote');
  assert.equal(d2.length, 1);
  assert.match(d2[0].message, /not certain/);
  const none = await c.request('textDocument/codeAction', { textDocument: { uri: uri2 }, range: d2[0].range, context: { diagnostics: d2 } });
  assert.ok(!none.some((a: { title: string }) => /Close the quotation/.test(a.title)));
});
