// Child process for the workspace-index bench: builds the index over the 1008 PolNeAR articles and
// prints one JSON line with the time and the process's peak RSS (process.resourceUsage().maxRSS).
import { workspaceFiles } from '../support/corpus';
import { BUILDERS, buildWorkspaceIndex } from './workspaceIndex';
import { collectGarbageSooner } from '../../server/src/heap';

function main(): void {
  // The server's index is built in the server's process, which paces its collector so (server.ts).
  collectGarbageSooner();
  const baselineRssKB = process.resourceUsage().maxRSS;
  const files = workspaceFiles();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // `node indexWorker.js [summary|server]`: a named builder, or the default one.
  const name = process.argv[2];
  const build = name ? BUILDERS[name] : buildWorkspaceIndex;
  if (!build) throw new Error(`unknown index builder ${name} (known: ${Object.keys(BUILDERS).join(', ')})`);
  const { stats, index } = build(files);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const usage = process.resourceUsage();
  const mem = process.memoryUsage();
  // Keep the index alive until after the measurement.
  const retained = index !== undefined;
  process.stdout.write(
    JSON.stringify({ files: files.length, ms, cpuMs, maxRssKB: usage.maxRSS, baselineRssKB, heapUsedBytes: mem.heapUsed, rssBytes: mem.rss, retained, ...stats }) + '\n',
  );
}

main();
