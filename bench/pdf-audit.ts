/**
 * `npx tsx bench/pdf-audit.ts` (never a test: timings are noisy). The PDF audit's cost per page from ~10 to ~1,500
 * print pages (Colophon's own tagged long document, so the structure tree grows with the pages), and the whole
 * veraPDF PDF/UA-1 corpus in files per second. The PDFs are printed first (not timed); each audit is the median of
 * BENCH_RUNS runs of `auditPdf` (read once, every rule), in wall-clock and in CPU time. Prints JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { auditPdf } from '../src/audit/pdf/audit-pdf.js';
import { readPdfFacts } from '../src/audit/pdf/read-pdf-facts.js';
import { RenderingBrowser } from '../src/browser/rendering-browser.js';
import { locateBrowser } from '../src/config/browser-location.js';
import { publish } from '../src/publish/publish.js';
import { longTaggedPdf } from './long-tagged-pdf.js';
import { writeBook } from './workload.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
/** 12 paragraphs a section make about 3.6 A4 pages: about 10, 100 and 300 pages, as printed by Chromium. */
const SECTIONS = (process.env['BENCH_PDF_SECTIONS'] ?? '3,28,83').split(',').map(Number);
/** Longer documents, made from the sample's pages (see long-tagged-pdf.ts). */
const SYNTHETIC_PAGES = (process.env['BENCH_PDF_PAGES'] ?? '10,100,500,1500').split(',').map(Number);
const CORPUS = resolve('../shared/corpus/verapdf-pdfua-1');

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** CPU time (user + system) of this process while `run` runs: on a shared machine, steadier than the wall clock. */
async function cpuTimed(run: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const work = mkdtempSync(join(tmpdir(), 'colophon-bench-pdf-'));
try {
  const browser = await RenderingBrowser.launch({ executablePath: locateBrowser({ environment: process.env }), pages: 1 });
  const books: Array<{ kind: string; pages: number; bytes: Uint8Array }> = [];
  try {
    for (const sections of SECTIONS) {
      const result = await publish({ input: writeBook(join(work, 'books'), sections), browser, formats: ['pdf'], audit: false, write: false });
      const bytes = result.outputs.pdf?.bytes ?? new Uint8Array();
      books.push({ kind: 'printed', pages: (await readPdfFacts(bytes, 'book.pdf')).pageCount, bytes });
    }
    const sample = (await publish({ input: 'content/kfor-otan-ue', browser, formats: ['pdf'], audit: false, write: false })).outputs.pdf?.bytes ?? new Uint8Array();
    for (const pages of SYNTHETIC_PAGES) books.push({ kind: 'repeated sample pages', pages, bytes: await longTaggedPdf(sample, pages) });
  } finally {
    await browser.close();
  }
  const longDocument = [];
  for (const { kind, pages, bytes } of books) {
    const times: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      let wall = 0;
      cpu.push(await cpuTimed(async () => void (wall = await timed(() => auditPdf(bytes, { file: 'book.pdf' })))));
      times.push(wall);
    }
    const ms = median(times);
    const cpuMs = median(cpu);
    longDocument.push({ kind, pages, ms: Math.round(ms), msPerPage: Number((ms / pages).toFixed(2)), cpuMs: Math.round(cpuMs), cpuMsPerPage: Number((cpuMs / pages).toFixed(2)) });
  }
  const files: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(folder, entry.name));
      else if (entry.name.endsWith('.pdf')) files.push(join(folder, entry.name));
    }
  };
  visit(CORPUS);
  const corpusMs = await timed(async () => {
    for (const file of files) await auditPdf(readFileSync(file), { file }).catch(() => undefined);
  });
  const results = { pdfAudit: { longDocument, verapdfCorpus: { files: files.length, seconds: Number((corpusMs / 1000).toFixed(2)), filesPerSecond: Number((files.length / (corpusMs / 1000)).toFixed(1)) } } };
  console.log(JSON.stringify(results, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
