/**
 * `npm run bench` (never a test: timings here are noisy; compare ratios within one run). Makes its own workload
 * (the sample, N generated articles with images, one long document) and measures:
 * 1. cold CLI, sample, all formats + audit (median, a fresh process each);
 * 2. warm per article in one process: all formats, without and with audit;
 * 3. batch throughput for N articles (articles per second) and the peak memory of the whole process tree;
 * 4. the long document from ~10 to ~300 print pages;
 * 5. pandoc + WeasyPrint + Ace on the sample, when installed, and the ratio;
 * 6. the sample's read-aloud EPUB (--narrate): seconds of narration made per second of CPU (espeak-ng and lame included);
 * 7. the service: N builds through the HTTP API (throughput, p50/p95, memory), warm `build --server` beside a cold build;
 * 8. books (bench/books.ts): ~10 to ~1,500 pages of chapter files and the million-word file, no audit, each in its own process (time a page, heap, RSS).
 * Writes bench/results.json and prints a Markdown table (copied into bench/RESULTS.md by hand, with the machine).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { buildBatch } from '../src/batch/build-batch.js';
import { RenderingBrowser } from '../src/browser/rendering-browser.js';
import { locateBrowser } from '../src/config/browser-location.js';
import { publish } from '../src/publish/publish.js';
import { narrationThroughput } from './narration.js';
import { endedChildrenCpuMs } from './child-cpu.js';
import { peerPipeline } from './peers.js';
import { serviceThroughput } from './service.js';
import { watchPeakMemory } from './process-tree-memory.js';
import { writeArticles, writeBook } from './workload.js';
import { bookScaling } from './books.js';

const SAMPLE = 'content/kfor-otan-ue';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const BATCH = Number(process.env['BENCH_BATCH'] ?? 200);
const executablePath = locateBrowser({ environment: process.env });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const work = mkdtempSync(join(tmpdir(), 'colophon-bench-'));
const out = join(work, 'out');
try {
  const cold: number[] = [];
  const coldCpu: number[] = [];
  for (let index = 0; index < Math.min(RUNS, 5); index += 1) {
    const cpuBefore = endedChildrenCpuMs();
    cold.push(await time(() => execFileSync('node', ['bin/colophon.js', 'build', SAMPLE, '--out', out, '--quiet'], { stdio: 'inherit' })));
    coldCpu.push(endedChildrenCpuMs() - cpuBefore);
  }

  const browser = await RenderingBrowser.launch({ executablePath, pages: 2 });
  const warmWithout: number[] = [];
  const warmWith: number[] = [];
  const book: Array<{ sections: number; pages: number; ms: number }> = [];
  try {
    await publish({ input: SAMPLE, outDir: out, browser });
    for (let index = 0; index < RUNS; index += 1) {
      warmWithout.push(await time(() => publish({ input: SAMPLE, outDir: out, browser, audit: false })));
      warmWith.push(await time(() => publish({ input: SAMPLE, outDir: out, browser })));
    }
    // 12 paragraphs a section make about 3.6 A4 pages: about 10, 100, 200 and 300 pages.
    for (const sections of [3, 28, 56, 83]) {
      const input = writeBook(join(work, 'books'), sections);
      let pages = 0;
      const ms = await time(async () => {
        const result = await publish({ input, outDir: out, browser, audit: false, write: false });
        pages = (await PDFDocument.load(result.outputs.pdf?.bytes ?? new Uint8Array())).getPageCount();
      });
      book.push({ sections, pages, ms: Math.round(ms) });
    }
  } finally {
    await browser.close();
  }

  const inputs = writeArticles(join(work, 'articles'), BATCH);
  const batch = async (audit: boolean) => {
    const memory = watchPeakMemory(process.pid);
    const ms = await time(() => buildBatch({ inputs, outDir: join(work, `batch-${audit}`), executablePath, audit, concurrency: cpus().length, force: true }));
    const peakMiB = memory.stop();
    const samples = memory.samples;
    const third = Math.max(1, Math.floor(samples.length / 3));
    return {
      articlesPerSecond: Number((BATCH / (ms / 1000)).toFixed(2)),
      seconds: Number((ms / 1000).toFixed(1)),
      peakTreeMemoryMiB: Math.round(peakMiB),
      memoryFirstThirdMiB: Math.round(Math.max(...samples.slice(0, third))),
      memoryLastThirdMiB: Math.round(Math.max(...samples.slice(-third))),
    };
  };
  const batchWithoutAudit = await batch(false);
  const batchWithAudit = await batch(true);

  // Books from ~10 to ~1,500 pages and the million-word file, each in a process of its own (bench/books.ts); BENCH_BOOKS=0 skips them.
  const books = process.env['BENCH_BOOKS'] === '0' ? 'skipped (BENCH_BOOKS=0)' : bookScaling();
  const narration = await narrationThroughput(SAMPLE);
  const service = await serviceThroughput({ executablePath, articles: inputs, sample: SAMPLE, runs: Math.min(RUNS, 5) });
  const peers = peerPipeline(work);
  const coldMs = Math.round(median(cold));
  const results = {
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: execFileSync(executablePath, ['--version']).toString().trim() },
    runs: RUNS,
    coldCliAllFormatsAndAuditMs: coldMs,
    coldCliCpuMs: Math.round(median(coldCpu)),
    warmPerArticleWithoutAuditMs: Math.round(median(warmWithout)),
    warmPerArticleWithAuditMs: Math.round(median(warmWith)),
    batch: { articles: BATCH, withoutAudit: batchWithoutAudit, withAudit: batchWithAudit },
    longDocument: book,
    books,
    narration,
    service,
    peers: peers
      ? { ...peers, colophonColdOverPeers: Number((coldMs / peers.totalMs).toFixed(2)), colophonColdCpuOverPeers: Number((median(coldCpu) / peers.totalCpuMs).toFixed(2)) }
      : 'pandoc or weasyprint not installed',
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
