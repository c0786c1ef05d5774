/**
 * Where the CPU goes in an audited batch, per process kind (not part of `npm run bench`): N generated articles
 * (all different, so nothing comes from the audit's memo) built at concurrency 2 with and without the audit, and the
 * CPU time (/proc/PID/stat utime + stime) of Node and of each Chromium process type over the batch.
 * `npx tsx bench/cpu-by-process.ts [N]`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBatch } from '../src/batch/build-batch.js';
import { locateBrowser } from '../src/config/browser-location.js';
import { writeArticles } from './workload.js';

const TICK_MS = 10;

/** CPU ms of every live process under `root`, by kind: node, or Chromium's --type (browser when none). */
function cpuByKind(root: number, seen: Map<number, { kind: string; ms: number }>): void {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      children.set(Number(stat[1]), [...(children.get(Number(stat[1])) ?? []), Number(entry)]);
    } catch {
      // ended
    }
  }
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const kind = pid === root ? 'node' : args[0]?.includes('chrom') ? /--type=([\w-]+)/.exec(args.join(' '))?.[1] ?? 'browser' : 'other';
      seen.set(pid, { kind, ms: (Number(stat[11]) + Number(stat[12])) * TICK_MS });
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
}

const count = Number(process.argv[2] ?? 20);
const work = mkdtempSync(join(tmpdir(), 'colophon-cpu-'));
try {
  const inputs = writeArticles(join(work, 'articles'), count);
  for (const audit of [false, true]) {
    const seen = new Map<number, { kind: string; ms: number }>();
    const timer = setInterval(() => cpuByKind(process.pid, seen), 100);
    const nodeBefore = process.cpuUsage();
    const started = performance.now();
    await buildBatch({ inputs, outDir: join(work, `out-${audit}`), executablePath: locateBrowser({ environment: process.env }), audit, concurrency: 2, force: true });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    const node = process.cpuUsage(nodeBefore);
    const byKind: Record<string, number> = { node: (node.user + node.system) / 1000 };
    for (const { kind, ms } of seen.values()) if (kind !== 'node') byKind[kind] = (byKind[kind] ?? 0) + ms;
    const perArticle = Object.fromEntries(Object.entries(byKind).map(([kind, ms]) => [kind, Math.round(ms / count)]));
    console.log(JSON.stringify({ audit, articles: count, seconds: Number(seconds.toFixed(1)), articlesPerSecond: Number((count / seconds).toFixed(2)), cpuMsPerArticle: perArticle, totalCpuMsPerArticle: Math.round(Object.values(byKind).reduce((a, b) => a + b, 0) / count) }));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
