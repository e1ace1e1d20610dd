// Waiting in the extension host, shared by the specs. VS Code itself retries what a busy language server
// declines: a request may reject with "Canceled" (the workbench cancels it when the document or its
// diagnostics change, or the server answers RequestCancelled/ServerCancelled while it re-analyses) or
// come back empty (ContentModified). `until` asks again, as the light bulb and the hover do, and reports
// the last error if the answer never comes.

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(what: string, fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await sleep(200);
  }
}
