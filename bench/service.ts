/**
 * The service's rows of `npm run bench`: N builds posted at once through the HTTP API on loopback (multipart: the
 * article and its image), all formats without the audit, at concurrency = cores; throughput, p50/p95 latency from
 * POST to the answer of `?wait=true`, and the process tree's peak memory. Then warm `colophon build --server`
 * latency beside a cold local `colophon build` of the sample (a fresh process each, median of `runs`).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startService } from '../src/service/serve.js';
import { DEFAULT_LIMITS } from '../src/service/service-options.js';
import { watchPeakMemory } from './process-tree-memory.js';

export interface ServiceBench {
  builds: number;
  seconds: number;
  buildsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  peakTreeMemoryMiB: number;
  warmBuildServerMs: number;
  coldBuildMs: number;
}

const execute = promisify(execFile);
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? Number.NaN;

export async function serviceThroughput(options: { executablePath: string; articles: readonly string[]; sample: string; runs: number }): Promise<ServiceBench> {
  const store = mkdtempSync(join(tmpdir(), 'colophon-bench-store-'));
  const out = mkdtempSync(join(tmpdir(), 'colophon-bench-remote-'));
  const service = await startService({
    host: '127.0.0.1', port: 0, executablePath: options.executablePath, storeDir: store,
    limits: { ...DEFAULT_LIMITS, concurrency: cpus().length, maxQueued: options.articles.length + 10, keepMs: 3_600_000 },
  });
  try {
    const memory = watchPeakMemory(process.pid);
    const started = performance.now();
    const latencies = await Promise.all(options.articles.map(async (folder) => {
      const form = new FormData();
      form.append('article', new Blob([readFileSync(join(folder, 'article.md'))]), `${folder.split('/').pop()}.md`);
      form.append('files', new Blob([readFileSync(join(folder, 'photo.png'))]), 'photo.png');
      form.append('options', JSON.stringify({ audit: false }));
      const posted = performance.now();
      const response = await fetch(`${service.url}/v1/builds?wait=true`, { method: 'POST', body: form });
      const build = (await response.json()) as { status: string };
      if (build.status !== 'done') throw new Error(`a benchmark build ended ${build.status}`);
      return performance.now() - posted;
    }));
    const ms = performance.now() - started;
    const peakTreeMemoryMiB = Math.round(memory.stop());
    const remote: number[] = [];
    const cold: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      let at = performance.now();
      // Asynchronously: the service answering runs in this very process.
      await execute('node', ['bin/colophon.js', 'build', options.sample, '--server', service.url, '--out', out, '--quiet']);
      remote.push(performance.now() - at);
      at = performance.now();
      await execute('node', ['bin/colophon.js', 'build', options.sample, '--out', out, '--quiet']);
      cold.push(performance.now() - at);
    }
    return {
      builds: options.articles.length,
      seconds: Number((ms / 1000).toFixed(1)),
      buildsPerSecond: Number((options.articles.length / (ms / 1000)).toFixed(2)),
      p50Ms: Math.round(percentile(latencies, 0.5)),
      p95Ms: Math.round(percentile(latencies, 0.95)),
      peakTreeMemoryMiB,
      warmBuildServerMs: Math.round(percentile(remote, 0.5)),
      coldBuildMs: Math.round(percentile(cold, 0.5)),
    };
  } finally {
    await service.close();
    rmSync(store, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
