'use strict';
// Which folder `npm start` opens, so that a session never changes files it was not asked to change.
//
// Without an argument it opens the shared articles (../shared/articles) or, failing that, samples/ — files
// that are not the user's own work: the shared copy is read by every checkout and the samples are part of
// the repository. Those are opened as a scratch copy under .vscode-test/start/articles/, made afresh at
// each start, so edits and saves land in the copy only. A folder given as argument is the user's: it is
// opened in place (auto-save is off in every session, see SAFE_SETTINGS in code-server.js, so files change
// only when the user saves).
const fs = require('node:fs');
const path = require('node:path');

/**
 * @param {object} o
 * @param {string} o.repo         repository root
 * @param {string} [o.given]      folder given on the command line
 * @param {string} o.scratchRoot  where the scratch copy goes (emptied first)
 * @returns {{ folder: string, source: string, scratch: boolean }}
 */
function sessionFolder({ repo, given, scratchRoot }) {
  if (given) {
    const folder = path.resolve(given);
    if (!fs.existsSync(folder)) throw new Error(`no such folder: ${folder}`);
    return { folder, source: folder, scratch: false };
  }
  const shared = path.resolve(repo, '..', 'shared', 'articles');
  const source = fs.existsSync(shared) ? shared : path.join(repo, 'samples');
  fs.rmSync(scratchRoot, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(scratchRoot), { recursive: true });
  // Plain copies (not links): a hard link would let a save write through to the source.
  fs.cpSync(source, scratchRoot, { recursive: true, dereference: true });
  makeWritable(scratchRoot);
  return { folder: scratchRoot, source, scratch: true };
}

/** The shared files are read-only; their copies must be editable and savable. */
function makeWritable(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      fs.chmodSync(p, 0o755);
      makeWritable(p);
    } else if (e.isFile()) fs.chmodSync(p, 0o644);
  }
  fs.chmodSync(dir, 0o755);
}

module.exports = { sessionFolder };
