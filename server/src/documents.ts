// The open documents as the client edits them. The server asks for incremental sync (issue 18): an editor
// then sends each edit as a range and its new text, where full sync sent the whole document on every
// keystroke — a 1 MB article cost the client a 1 MB message and this thread ≈ 10–40 ms of reading and
// JSON parsing per edit, during which no hover was answered.
//
// `TextDocument.update` reads a range's characters as UTF-16 code units. A client that negotiated UTF-8 or
// UTF-32 positions (server.ts, initialize) counts them in its own units, so each change's range is first
// read in the negotiated encoding, by the same rule as every other position the server reads (LineIndex).
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type PositionEncoding } from './features/lineIndex';

/** The configuration `TextDocuments` applies edits with, for the encoding the client negotiated (read at each edit). */
export function openDocuments(encoding: () => PositionEncoding): TextDocumentsConfiguration<TextDocument> {
  return {
    create: TextDocument.create,
    update(document, changes, version) {
      const e = encoding();
      if (e === 'utf-16') return TextDocument.update(document, changes, version);
      let d = document;
      // Each change's range is relative to the text after the changes before it: one at a time.
      for (const c of changes) d = TextDocument.update(d, [inUtf16(d, c, e)], version);
      return d;
    },
  };
}

/** A change whose range counts `encoding` units, as the same change in UTF-16 positions. */
export function inUtf16(d: TextDocument, c: TextDocumentContentChangeEvent, encoding: PositionEncoding): TextDocumentContentChangeEvent {
  if (!('range' in c) || !c.range) return c;
  const at = (p: { line: number; character: number }) => {
    // Only the position's own line is read: an edit of a large document stays proportional to the line.
    const lineStart = d.offsetAt({ line: p.line, character: 0 });
    const text = d.getText();
    const next = p.line + 1 < d.lineCount ? d.offsetAt({ line: p.line + 1, character: 0 }) : text.length;
    const line = text.slice(lineStart, next);
    // A line past the end reads as the end of the text (as TextDocument clamps it).
    const inLine = p.line < d.lineCount ? new LineIndex(line, encoding).offsetAt({ line: 0, character: p.character }) : 0;
    return d.positionAt(lineStart + inLine);
  };
  return { range: { start: at(c.range.start), end: at(c.range.end) }, text: c.text };
}
