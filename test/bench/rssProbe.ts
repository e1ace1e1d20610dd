// Preloaded into a child the bench times (`node --require rssProbe.js dist/cli.js …`): when the process
// exits, however it exits, writes its peak RSS and CPU time to $BENCH_PROBE_FILE, so the bench measures
// the real CLI without changing it.
import * as fs from 'fs';

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    fs.writeFileSync(file, JSON.stringify({ maxRssKB: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000 }));
  });
}
