// The bytes of whole-document answers, kept with the answer (issue 18). The server memoises the Outline,
// semantic tokens and folds per analysis, but the JSON-RPC writer serialised them again on every request:
// on a 1 MB article the Outline is ≈ 740 kB of JSON, and each documentSymbol request built a 1.5 MB
// string (two bytes a character: the details hold "…") and a 740 kB buffer, ≈ 3 ms of work whose garbage
// brought the protocol thread's collector in every few requests, for pauses of 10-30 ms. An answer marked
// with `keep` is serialised once; each response then writes those very bytes after a head of its own id,
// with nothing copied or allocated but the head.
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

export class AnswerBytes {
  /** Answers whose JSON is worth keeping: memoised per analysis, never changed once made. */
  private readonly kept = new WeakSet<object>();
  /** Their JSON, made on the first response that carries them; it goes when the answer goes. */
  private readonly bytes = new WeakMap<object, Buffer>();

  /** Marks `answer` (an object the server answers with again, unchanged) and returns it. */
  keep<T>(answer: T): T {
    if (typeof answer === 'object' && answer !== null) this.kept.add(answer);
    return answer;
  }

  /**
   * The message's bytes, in parts to write one after the other: what vscode-jsonrpc's own writer sends
   * (`JSON.stringify(msg)` in UTF-8). A response is `{jsonrpc, id, result}` in that order (vscode-jsonrpc's
   * `reply`); only that shape, with a kept result, is framed from kept bytes, so the output is byte for
   * byte the same.
   */
  parts(msg: Message): Buffer[] {
    const m = msg as { jsonrpc?: unknown; id?: unknown; result?: unknown };
    const result = m.result;
    if (typeof result !== 'object' || result === null || !this.kept.has(result) || !isPlainResponse(m)) return [Buffer.from(JSON.stringify(msg), 'utf8')];
    let body = this.bytes.get(result);
    if (!body) this.bytes.set(result, (body = Buffer.from(JSON.stringify(result), 'utf8')));
    return [Buffer.from(`{"jsonrpc":${JSON.stringify(m.jsonrpc)},"id":${JSON.stringify(m.id)},"result":`, 'utf8'), body, CLOSE];
  }
}

const CLOSE = Buffer.from('}');

/** Exactly the keys jsonrpc, id and result, in that order: what the kept bytes are framed as. */
function isPlainResponse(m: object): boolean {
  const keys = Object.keys(m);
  return keys.length === 3 && keys[0] === 'jsonrpc' && keys[1] === 'id' && keys[2] === 'result';
}

/**
 * The stdio message writer: vscode-jsonrpc's `StreamMessageWriter` framing (a Content-Length header, then
 * the JSON in UTF-8), with each message's bytes from `AnswerBytes`. Writes go to the stream in call order
 * (the encoding is synchronous), as the library's writer keeps them with its semaphore.
 */
export class AnswerWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly bytes: AnswerBytes,
  ) {
    super();
    stream.on('error', (e: Error) => this.fireError(e));
    stream.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    return new Promise((resolve, reject) => {
      const fail = (e: unknown) => {
        this.errorCount++;
        this.fireError(e as Error, msg, this.errorCount);
        reject(e);
      };
      try {
        const parts = this.bytes.parts(msg);
        let length = 0;
        for (const p of parts) length += p.length;
        this.stream.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
        for (let i = 0; i < parts.length - 1; i++) this.stream.write(parts[i]);
        this.stream.write(parts[parts.length - 1], (e?: Error | null) => (e ? fail(e) : resolve()));
      } catch (e) {
        fail(e);
      }
    });
  }

  end(): void {
    this.stream.end();
  }
}
