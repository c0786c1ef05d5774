/**
 * `npm run bench`: timings of the sample article (never a test: timings here are noisy; compare ratios within one run).
 * 1. cold CLI, all formats + audit (median of several runs, a fresh process each);
 * 2. warm, in one process with one browser: per article, all formats, without and with audit.
 * Writes bench/results.json and prints a Markdown table.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { RenderingBrowser } from '../src/browser/rendering-browser.js';
import { locateBrowser } from '../src/config/browser-location.js';
import { publish } from '../src/publish/publish.js';

const SAMPLE = 'content/kfor-otan-ue';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const out = mkdtempSync(join(tmpdir(), 'colophon-bench-'));
try {
  const cold: number[] = [];
  for (let index = 0; index < Math.min(RUNS, 3); index += 1) {
    cold.push(await time(() => execFileSync('node', ['bin/colophon.js', 'build', SAMPLE, '--out', out, '--quiet'], { stdio: 'inherit' })));
  }
  const browser = await RenderingBrowser.launch({ executablePath: locateBrowser({ environment: process.env }) });
  const warmWithout: number[] = [];
  const warmWith: number[] = [];
  try {
    await publish({ input: SAMPLE, outDir: out, browser });
    for (let index = 0; index < RUNS; index += 1) {
      warmWithout.push(await time(() => publish({ input: SAMPLE, outDir: out, browser, audit: false })));
      warmWith.push(await time(() => publish({ input: SAMPLE, outDir: out, browser })));
    }
  } finally {
    await browser.close();
  }
  const results = {
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    runs: RUNS,
    coldCliAllFormatsAndAuditMs: Math.round(median(cold)),
    warmPerArticleWithoutAuditMs: Math.round(median(warmWithout)),
    warmPerArticleWithAuditMs: Math.round(median(warmWith)),
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`| measure | median |\n|---|---|\n| cold CLI, sample, all formats + audit | ${results.coldCliAllFormatsAndAuditMs} ms |\n| warm, per article, no audit | ${results.warmPerArticleWithoutAuditMs} ms |\n| warm, per article, with audit | ${results.warmPerArticleWithAuditMs} ms |`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
