// The CLI as users run it: a real process, real files, exit codes and streams.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'child_process';
import { pathToFileURL } from 'url';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../support/lspClient';
import { SEED, SEED_PATH } from '../support/seed';
import { RULES, ruleHelpUri, ruleOf } from '../../server/src/analysis/rules';
import { PROJECT_FINDINGS, makeProject } from '../support/project';

const CLI = path.join(REPO, 'dist', 'cli.js');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tmp(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cli-'));
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

test('analyze prints the JSON contract for one file, with spans that slice the text', () => {
  const r = cli(['analyze', SEED_PATH]);
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  assert.equal(a.file, SEED_PATH);
  assert.equal(a.date, '2026-02-03');
  for (const key of ['people', 'quotes', 'organisations', 'times', 'events', 'diagnostics']) assert.ok(Array.isArray(a[key]), key);
  assert.ok(a.organisations.some((o: { name: string }) => o.name === 'Breitbart News'), JSON.stringify(a.organisations));
  const spans = [
    ...a.people.flatMap((p: { mentions: unknown[] }) => p.mentions),
    ...a.quotes,
    ...a.quotes.map((q: { speakerMention: unknown }) => q.speakerMention).filter(Boolean),
    ...a.quotes.map((q: { cue: unknown }) => q.cue).filter(Boolean),
    ...a.organisations.flatMap((o: { mentions: unknown[] }) => o.mentions),
    ...a.times,
    ...a.events,
    ...a.diagnostics,
  ] as { start: number; end: number; text: string }[];
  assert.ok(spans.length > 50);
  for (const s of spans) assert.equal(SEED.slice(s.start, s.end), s.text);
  const petro = a.people.find((p: { name: string }) => p.name === 'Gustavo Petro');
  assert.ok(petro);
  assert.ok(petro.titles.includes('President'));
  assert.equal(a.quotes.length, 10);
  assert.ok(a.quotes.every((q: { speaker: string | null }) => q.speaker));
  const jan3 = a.times.find((t: { text: string }) => t.text === 'January 3');
  assert.equal(jan3.value, '2026-01-03');
  assert.equal(jan3.type, 'DATE');
});

test('analyze with several files prints an array in argument order', () => {
  const other = tmp('b.article', 'Plain text with no people.\n');
  const r = cli(['analyze', SEED_PATH, other]);
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  assert.equal(a.length, 2);
  assert.equal(a[1].file, other);
  assert.equal(a[1].date, null);
});

test('--jobs: worker threads print byte for byte what one thread prints, in argument order, for every command', () => {
  // Eight dev articles, an unreadable file in the middle and a missing model-free text: every format that streams.
  const dev = path.join(REPO, '../shared/articles/polnear-dev');
  const files = fs.existsSync(dev) ? fs.readdirSync(dev).filter((f) => f.endsWith('.txt')).sort().slice(0, 8).map((f) => path.join(dev, f)) : [];
  const list = [SEED_PATH, ...files.slice(0, 4), '/nonexistent/file.article', ...files.slice(4), tmp('b.article', 'Plain text with no people.\n')];
  for (const args of [['analyze'], ['analyze', '--format', 'jsonl'], ['analyze', '--format', 'text'], ['check'], ['check', '--format', 'sarif'], ['quotes', '--format', 'csv'], ['quotes', '--format', 'jsonl']]) {
    const one = cli([...args, '--jobs', '1', ...list]);
    const two = cli([...args, '--jobs', '2', ...list]);
    assert.equal(two.code, one.code, args.join(' '));
    assert.equal(two.out, one.out, args.join(' '));
    assert.equal(two.err, one.err, args.join(' '));
    assert.equal(one.err.trim().split('\n').length, 1, one.err);
  }
});

test('--format jsonl: one compact JSON value per line, an article each for analyze', () => {
  const other = tmp('b.article', 'Plain text with no people.\n');
  const r = cli(['analyze', '--format', 'jsonl', SEED_PATH, other]);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n').filter(Boolean);
  assert.equal(lines.length, 2);
  assert.deepEqual(lines.map((l) => JSON.parse(l).file), [SEED_PATH, other]);
  assert.deepEqual(JSON.parse(lines[0]), JSON.parse(cli(['analyze', SEED_PATH]).out));
  const bad = cli(['analyze', '--jobs', '0', SEED_PATH]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--jobs must be a whole number/);
});

test('--date supplies the dateline for files without one', () => {
  const p = tmp('nodate.article', 'The council met on Tuesday.\n');
  const without = JSON.parse(cli(['analyze', p]).out);
  assert.equal(without.date, null);
  const withDate = JSON.parse(cli(['analyze', '--date', '2026-02-05', p]).out);
  assert.equal(withDate.date, '2026-02-05');
  assert.equal(withDate.times.find((t: { text: string }) => t.text === 'Tuesday').value, '2026-02-03');
});

test('analyze --format text is readable', () => {
  const r = cli(['analyze', '--format', 'text', SEED_PATH]);
  assert.equal(r.code, 0);
  assert.match(r.out, /Gustavo Petro — .*President/);
  assert.match(r.out, /2026-01-07 · Trump/);
  assert.match(r.out, /Organisations \(\d+\)\n {4}Breitbart News · 1 mention/);
});

test('check exits 0 on the seed and 1 with a located warning on an unattributed quote', () => {
  assert.equal(cli(['check', SEED_PATH]).code, 0);
  const p = tmp('u.article', ' date 2026-02-03 Mayor Jane Okafor opened the bridge.\n\n“Nobody asked us.”\n');
  const r = cli(['check', p]);
  assert.equal(r.code, 1);
  assert.match(r.out, new RegExp(`${p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3:1: warning \\[unattributed-quote\\]`));
});

test('check --format sarif emits SARIF 2.1.0 with rule ids and regions', () => {
  const p = tmp('u.article', ' date 2026-02-03 Mayor Jane Okafor opened the bridge.\n\n“Nobody asked us.”\n');
  const r = cli(['check', '--format', 'sarif', p]);
  assert.equal(r.code, 1);
  const s = JSON.parse(r.out);
  assert.equal(s.version, '2.1.0');
  const res = s.runs[0].results[0];
  assert.equal(res.ruleId, 'unattributed-quote');
  assert.equal(res.level, 'warning');
  assert.equal(res.locations[0].physicalLocation.region.startLine, 3);
});

test('check --format sarif describes every rule from the registry, with a help link', () => {
  const s = JSON.parse(cli(['check', '--format', 'sarif', SEED_PATH]).out);
  const rules = s.runs[0].tool.driver.rules;
  assert.deepEqual(rules.map((r: { id: string }) => r.id), RULES.map((r) => r.code));
  for (const r of rules) {
    assert.equal(r.helpUri, ruleHelpUri(r.id));
    assert.equal(r.fullDescription.text, ruleOf(r.id)?.description);
  }
});

test('unreadable input: exit 2, one line on stderr, other files still analysed', () => {
  const bin = tmp('x.article', Buffer.from([0x00, 0xff, 0x10, 0x00]));
  const r = cli(['analyze', '/nonexistent/file.article', bin, SEED_PATH]);
  assert.equal(r.code, 2);
  const lines = r.err.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0], /cannot read \/nonexistent\/file\.article: no such file/);
  assert.match(lines[1], /not a text file/);
  assert.doesNotMatch(r.err, /\n\s+at /); // no stack trace
  assert.equal(JSON.parse(r.out).length, 1);
});

test('usage errors: exit 2 and one line, no stack trace', () => {
  for (const args of [['frobnicate'], ['analyze'], ['analyze', '--format', 'xml', SEED_PATH], ['analyze', '--date', '2026-02-30', SEED_PATH], ['check', '--bogus', SEED_PATH]]) {
    const r = cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
  }
  assert.equal(cli(['--help']).code, 0);
});

test('.articlelens.json: check reports the same findings as text, JSON and SARIF', () => {
  const { article, draft } = makeProject();
  const json = cli(['check', '--format', 'json', article, draft]);
  assert.equal(json.code, 1, json.err);
  assert.deepEqual(JSON.parse(json.out).map((d: { code: string; severity: string; text: string; file: string }) => [d.code, d.severity, d.text, d.file]), PROJECT_FINDINGS.map((f) => [...f, article]));
  const text = cli(['check', article, draft]);
  assert.deepEqual(text.out.trim().split('\n').slice(0, -1).map((l) => /: (\w+) \[([\w-]+)\]/.exec(l)?.slice(1, 3).reverse()), PROJECT_FINDINGS.map((f) => f.slice(0, 2)));
  const sarif = JSON.parse(cli(['check', '--format', 'sarif', article, draft]).out);
  assert.deepEqual(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]), PROJECT_FINDINGS.map((f) => f.slice(0, 2)));
  assert.ok(sarif.runs[0].tool.driver.rules.every((r: { helpUri: string }) => r.helpUri.includes('docs/rules.md#')));
});

test('.articlelens.json: --config FILE is used instead of the nearest file; house list and cues reach the engine', () => {
  const { article } = makeProject();
  const other = tmp('other.json', JSON.stringify({ rules: { 'unattributed-quote': 'off' }, people: [{ name: 'Jane Okafor', title: 'Chief Engineer' }], cues: ['harrumphed'] }));
  const r = cli(['check', '--format', 'json', '--config', other, article]);
  assert.deepEqual(JSON.parse(r.out).map((d: { code: string; severity: string }) => [d.code, d.severity]), [['anonymous-source', 'hint']]);
  const a = JSON.parse(cli(['analyze', '--config', other, article]).out);
  assert.deepEqual(a.people.find((p: { name: string }) => p.name === 'Jane Okafor').titles, ['Chief Engineer', 'Mayor']);
});

test('.articlelens.json: invalid content is one stderr line, exit 2, and the defaults are used', () => {
  const { article, configFile } = makeProject('{ "rules": { "anonymous-sorce": "warning" } }');
  const r = cli(['check', '--format', 'json', article]);
  assert.equal(r.code, 2);
  assert.deepEqual(r.err.trim().split('\n'), [`article-lens: invalid configuration ${configFile}:1:14: "anonymous-sorce" is not a rule (rules: unattributed-quote, unbalanced-quote, weekday-mismatch, bad-dateline, anonymous-source, unresolved-speaker); using the defaults`]);
  assert.deepEqual(JSON.parse(r.out).map((d: { code: string; severity: string }) => [d.code, d.severity]), [['anonymous-source', 'hint'], ['unattributed-quote', 'warning'], ['unattributed-quote', 'warning']]);
});

/** A small RFC 4180 reader for the tests (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

test('quotes --format csv lists the seed\'s ten quotations with their speakers', () => {
  const r = cli(['quotes', '--format', 'csv', SEED_PATH]);
  assert.equal(r.code, 0, r.err);
  const [header, ...rows] = parseCsv(r.out);
  assert.deepEqual(header, ['file', 'line', 'speaker', 'title', 'cue', 'via', 'kind', 'status', 'text']);
  assert.equal(rows.length, 10);
  const col = (name: string) => header.indexOf(name);
  for (const row of rows) {
    assert.equal(row[col('file')], SEED_PATH);
    assert.ok(['Donald Trump', 'Gustavo Petro'].includes(row[col('speaker')]), row.join(' | '));
    assert.match(row[col('text')], /^“.*”$/);
  }
  assert.deepEqual(rows.map((row) => row[col('speaker')]).filter((s) => s === 'Donald Trump').length, 5);
  const first = rows[0];
  assert.deepEqual([first[col('line')], first[col('title')], first[col('cue')], first[col('status')]], ['9', 'President', 'said', 'attributed']);
  const json = JSON.parse(cli(['quotes', '--format', 'json', SEED_PATH]).out);
  assert.deepEqual(json.map((x: { speaker: string }) => x.speaker), rows.map((row) => row[col('speaker')]));
  const md = cli(['quotes', '--format', 'md', SEED_PATH]).out;
  assert.equal(md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| file')).length, 10);
});

test('no network: every command runs under a preload that blocks and logs any socket, and the log stays empty', () => {
  const { article } = makeProject();
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'al-net-')), 'net.log');
  const env = { ...process.env, NODE_OPTIONS: `--require ${path.join(__dirname, '..', 'support', 'noNetwork.js')}`, ARTICLE_LENS_NET_LOG: log };
  for (const args of [['analyze', article, SEED_PATH], ['check', '--format', 'sarif', article], ['quotes', '--format', 'md', SEED_PATH], ['--help']]) {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
    assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: ${r.stderr}`);
  }
  assert.equal(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '');
});

test('the README says there is no telemetry and no network use, and no telemetry library is bundled', () => {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  assert.match(readme, /no telemetry/i);
  assert.match(readme, /no network/i);
  for (const bundle of ['extension.js', 'server.js', 'worker.js', 'cli.js']) {
    const js = fs.readFileSync(path.join(REPO, 'dist', bundle), 'utf8');
    assert.doesNotMatch(js, /applicationinsights|extension-telemetry|TelemetryReporter|sendTelemetryEvent/, bundle);
  }
});

// ── issue 19: bounded input, streaming, closed pipes, SARIF URIs, file names ────────────

function cliAsync(args: string[], opts: { onStdout?: (all: string, child: ReturnType<typeof spawn>) => void } = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    opts.onStdout?.(out, child);
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdin.on('error', () => undefined);
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) => child.on('close', (code) => resolve({ code, out, err })));
  return { child, done };
}

test('analyze /dev/zero and /dev/urandom: exit 2 with one line, at once', () => {
  for (const dev of ['/dev/zero', '/dev/urandom']) {
    const started = Date.now();
    const r = spawnSync(process.execPath, [CLI, 'analyze', dev], { encoding: 'utf8', timeout: 20_000 });
    const elapsed = Date.now() - started;
    assert.equal(r.status, 2, `${dev}: ${r.status} ${r.signal} ${r.stderr}`);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`cannot read ${dev}: (not a text file|not UTF-8|.*input limit)`));
    // The bound is one second; this hard cap is generous for a loaded machine and still far from "never ends".
    assert.ok(elapsed < 5000, `${dev} took ${elapsed} ms`);
  }
});

test('endless standard input is refused past the size limit: exit 2, one line', { timeout: 60_000 }, async () => {
  const { child, done } = cliAsync(['analyze', '-']);
  const chunk = Buffer.from('President Alma Quintero said so. '.repeat(32 * 1024)); // ~1 MB of text, forever
  let writing = true;
  const pump = () => {
    while (writing && child.stdin!.write(chunk));
    if (writing) child.stdin!.once('drain', pump);
  };
  child.on('close', () => (writing = false));
  pump();
  const r = await done;
  writing = false;
  assert.equal(r.code, 2, r.err);
  assert.equal(r.err.trim().split('\n').length, 1, r.err);
  assert.match(r.err, /cannot read -: standard input is larger than the \d+ MB input limit/);
});

test('analyze big.article | head -1: no stack trace, exit 0', () => {
  const big = tmp('big.article', Array.from({ length: 40 }, () => SEED).join('\n\n'));
  const errFile = path.join(path.dirname(big), 'stderr.txt');
  const script = `"${process.execPath}" "${CLI}" analyze "${big}" 2>"${errFile}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  assert.equal(r.stdout.trim(), '0', `exit status of the CLI: ${r.stdout}`);
  assert.equal(fs.readFileSync(errFile, 'utf8'), '', 'nothing on stderr');
});

test('results are streamed one file at a time, in argument order', { timeout: 60_000 }, async () => {
  // The second argument is a FIFO nobody writes to yet: the first file's result must already be out.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cli-'));
  const fifo = path.join(dir, 'second.article');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  let fed = false;
  const { done } = cliAsync(['analyze', SEED_PATH, fifo], {
    onStdout: (all) => {
      if (fed || !all.includes('"Gustavo Petro"')) return;
      fed = true;
      fs.writeFileSync(fifo, ' date 2026-02-03 Mayor Jane Okafor opened the bridge.\n');
    },
  });
  const r = await done;
  assert.ok(fed, 'the first result was printed before the second file was read');
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  assert.deepEqual(a.map((x: { file: string }) => x.file), [SEED_PATH, fifo]);
  assert.ok(a[1].people.some((p: { name: string }) => p.name === 'Jane Okafor'));
});

test('SARIF artifactLocation.uri is a file: URI of the absolute path', () => {
  const p = tmp("it's (1).article", ' date 2026-02-03 Mayor Jane Okafor opened the bridge.\n\n“Nobody asked us.”\n');
  const rel = path.relative(process.cwd(), p);
  const s = JSON.parse(cli(['check', '--format', 'sarif', rel]).out);
  const uri = s.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
  assert.equal(uri, pathToFileURL(p).href);
  assert.match(uri, /^file:\/\/\//);
});

test('file names that are not UTF-8: read by their bytes, or reported with the bytes escaped', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cli-'));
  const name = Buffer.concat([Buffer.from(dir + '/caf'), Buffer.from([0xe9]), Buffer.from('.article')]);
  fs.writeFileSync(name, ' date 2026-02-03 Mayor Jane Okafor opened the bridge.\n');
  const ok = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" analyze "${dir}"/caf$'\\xe9'.article`], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.ok(JSON.parse(ok.stdout).people.some((p: { name: string }) => p.name === 'Jane Okafor'));
  const missing = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" analyze "${dir}"/gone$'\\xff'.article`], { encoding: 'utf8' });
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr.trim(), `article-lens: cannot read ${dir}/gone\\xff.article: no such file`);
});

test('parse keeps CoNLL-U tokens and sentence breaks and fills the predicted columns', () => {
  const input = '# sent_id = a\n1\tTrump\t_\t_\t_\t_\t_\t_\t_\t_\n2\tmet\t_\t_\t_\t_\t_\t_\t_\t_\n3\tPetro\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n# sent_id = b\n1\tHe\t_\t_\t_\t_\t_\t_\t_\t_\n2\tleft\t_\t_\t_\t_\t_\t_\t_\t_\n\n';
  const r = cli(['parse', '-'], input);
  assert.equal(r.code, 0, r.err);
  const blocks = r.out.trim().split(/\n\n/);
  assert.equal(blocks.length, 2);
  const rows = blocks[0].split('\n').filter((l) => !l.startsWith('#')).map((l) => l.split('\t'));
  assert.deepEqual(rows.map((c) => c[1]), ['Trump', 'met', 'Petro', '.']);
  assert.deepEqual(rows.map((c) => [c[3], c[6], c[7]]), [['PROPN', '2', 'nsubj'], ['VERB', '0', 'root'], ['PROPN', '2', 'obj'], ['PUNCT', '2', 'punct']]);
  assert.equal(rows[1][2], 'meet');
  assert.equal(rows[2][9], 'SpaceAfter=No');
  assert.ok(blocks[0].startsWith('# sent_id = a'));
});

test('analyze --format conllu prints the article’s sentences with offsets in MISC', () => {
  const r = cli(['analyze', '--format', 'conllu', SEED_PATH]);
  assert.equal(r.code, 0, r.err);
  const words = r.out.split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
  assert.ok(words.length > 500);
  for (const c of words.slice(0, 200)) {
    const m = /TokenRange=(\d+):(\d+)/.exec(c[9]);
    assert.ok(m, c.join(' '));
    assert.equal(SEED.slice(Number(m![1]), Number(m![2])), c[1]);
  }
});

test('a missing or corrupt people model: one warning line on stderr, the analysis still printed (rules only)', () => {
  for (const files of [{}, { 'people-tagger.json': '{"labels": [', 'people-coref.json': '{}' }] as Array<Record<string, string>>) {
    // The CLI alone in a folder: the models it looks for beside itself are missing (or the ones written there).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cli-models-'));
    fs.copyFileSync(CLI, path.join(dir, 'cli.js'));
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    // The syntax model is there: this test is about the people models (the next one about syntax).
    fs.symlinkSync(path.join(path.dirname(CLI), 'syntax.bin'), path.join(dir, 'syntax.bin'));
    const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'analyze', SEED_PATH], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0], /^article-lens: warning: model .*people-tagger\.json (not found|is unreadable).*names are found by the rules alone; .*people-coref\.json.*pronouns are resolved by the rules alone$/);
    const a = JSON.parse(r.stdout);
    assert.ok(a.people.some((p: { name: string }) => p.name === 'Gustavo Petro'), r.stdout.slice(0, 300));
  }
});

test('a missing syntax model: one more warning line, the analysis still printed; `--format conllu` fails with exit 2', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-cli-models-'));
  fs.copyFileSync(CLI, path.join(dir, 'cli.js'));
  for (const f of ['people-tagger.json', 'people-coref.json']) fs.symlinkSync(path.join(path.dirname(CLI), f), path.join(dir, f));
  const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'analyze', SEED_PATH], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /^article-lens: warning: model syntax\.bin not found .*; analysing without syntax$/);
  assert.ok(JSON.parse(r.stdout).people.some((p: { name: string }) => p.name === 'Gustavo Petro'));
  const c = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'analyze', '--format', 'conllu', SEED_PATH], { encoding: 'utf8' });
  assert.equal(c.status, 2);
  assert.match(c.stderr, /syntax\.bin not found/);
});
