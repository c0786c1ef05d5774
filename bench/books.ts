/**
 * Books at scale (#16, linear cost): a book of N chapter files (book.yaml) from about 10 to about 1,500 A4 pages,
 * and a one-million-word Markdown file, each built (web page, EPUB, PDF; no audit) in a child Node process of its
 * own, so that its heap and RSS are its own. The child launches Chromium first and times `publish` alone.
 *
 *   tsx bench/books.ts            the rows, printed as JSON (also `npm run bench`, which writes them to results.json)
 *   node --import tsx bench/books.ts child <input>     one build (used by the rows)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { RenderingBrowser } from '../src/browser/rendering-browser.js';
import { locateBrowser } from '../src/config/browser-location.js';
import { publish } from '../src/publish/publish.js';

const WORDS = ['harbour', 'quay', 'ledger', 'crane', 'ferry', 'tide', 'berth', 'channel', 'welder', 'council', 'silt', 'winter', 'budget', 'gangway', 'office', 'storm'];

/** A paragraph of about 80 words, different for each seed (numbers in it), so pagination finds every page. */
function paragraph(seed: number): string {
  const sentences = Array.from({ length: 5 }, (_, s) => {
    const n = seed * 5 + s;
    const words = Array.from({ length: 14 }, (_, w) => WORDS[(n * 7 + w * 3 + (w * w) % 5) % WORDS.length]);
    return `In year ${n + 1} the ${words.join(' ')}.`;
  });
  return sentences.join(' ');
}

/** A book folder: `chapters` files of 3 sections × 6 paragraphs (about 4.4 A4 pages a chapter, with its new page). */
export function writeChapterBook(dir: string, chapters: number): string {
  const folder = join(dir, `book-${chapters}`);
  mkdirSync(join(folder, 'chapters'), { recursive: true });
  writeFileSync(join(folder, 'book.yaml'), `title: "A book of ${chapters} chapters"\nlanguage: en\ndate: "2024-03-01"\nauthor: Bench\nchapters: "chapters/*.md"\n`);
  let seed = 0;
  for (let chapter = 1; chapter <= chapters; chapter += 1) {
    const sections = Array.from({ length: 3 }, (_, s) => `## Section ${s + 1} of chapter ${chapter}\n\n${Array.from({ length: 6 }, () => paragraph((seed += 1))).join('\n\n')}`);
    writeFileSync(join(folder, 'chapters', `${String(chapter).padStart(4, '0')}.md`), `---\ntitle: "Chapter ${chapter}"\ndate: "2024-03-01"\n---\n\n${sections.join('\n\n')}\n`);
  }
  return folder;
}

/** One Markdown file of about a million words: `## chapters` of 3 `###` sections × 6 paragraphs. */
export function writeMillionWords(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const parts: string[] = [];
  let words = 0;
  let seed = 0;
  for (let chapter = 1; words < 1_000_000; chapter += 1) {
    parts.push(`## Chapter ${chapter}`);
    for (let section = 1; section <= 3; section += 1) {
      parts.push(`### Section ${section} of chapter ${chapter}`);
      for (let p = 0; p < 6; p += 1) {
        const text = paragraph((seed += 1));
        words += text.split(' ').length;
        parts.push(text);
      }
    }
  }
  const file = join(dir, 'million-words.md');
  writeFileSync(file, `---\ntitle: "A million words"\nlanguage: en\ndate: "2024-03-01"\n---\n\n${parts.join('\n\n')}\n`);
  return file;
}

export interface BookRow {
  input: string;
  pages: number;
  seconds: number;
  msPerPage: number;
  /** Highest `heapUsed` seen (sampled every 20 ms, and after the build). */
  peakHeapMiB: number;
  /** The Node process's maximum resident set (getrusage): heap, buffers and code; an upper bound of the heap. */
  maxRssMiB: number;
  /** 1-minute load average when the build started (the machine is shared). */
  load: number;
}

/** The child: one build, timed, its memory watched; prints a BookRow as JSON. */
async function child(input: string): Promise<void> {
  const browser = await RenderingBrowser.launch({ executablePath: locateBrowser({ environment: process.env }) });
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
  const timer = setInterval(sample, 20);
  const load = loadavg()[0] ?? 0;
  try {
    const start = performance.now();
    const result = await publish({ input, audit: false, write: false, browser });
    const ms = performance.now() - start;
    sample();
    clearInterval(timer);
    const pages = (await PDFDocument.load(result.outputs.pdf?.bytes ?? new Uint8Array(), { updateMetadata: false })).getPageCount();
    const row: BookRow = {
      input: input.split('/').pop() ?? input,
      pages,
      seconds: Number((ms / 1000).toFixed(1)),
      msPerPage: Number((ms / pages).toFixed(1)),
      peakHeapMiB: Math.round(peak / 2 ** 20),
      maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      load: Number(load.toFixed(1)),
    };
    process.stdout.write(`${JSON.stringify(row)}\n`);
  } finally {
    clearInterval(timer);
    await browser.close();
  }
}

function buildInChild(input: string): BookRow {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/books.ts', 'child', input], { encoding: 'utf8', maxBuffer: 16 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as BookRow;
}

/** Chapters for about 10, 100, 500, 1,000 and 1,500 A4 pages. */
export const BOOK_CHAPTERS = [2, 24, 120, 243, 365];

export interface BookScaling {
  books: BookRow[];
  millionWords?: BookRow;
}

/** The rows `npm run bench` adds: books from ~10 to ~1,500 pages, then the million-word file. */
export function bookScaling(chapters: readonly number[] = BOOK_CHAPTERS, millionWords = true): BookScaling {
  const work = mkdtempSync(join(tmpdir(), 'colophon-bench-books-'));
  try {
    const books = chapters.map((count) => buildInChild(writeChapterBook(work, count)));
    return { books, ...(millionWords && { millionWords: buildInChild(writeMillionWords(work)) }) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('books.ts')) {
  if (process.argv[2] === 'child') await child(process.argv[3]!);
  else {
    // `tsx bench/books.ts 2 23` builds those books only; `tsx bench/books.ts million` the million-word file only.
    const args = process.argv.slice(2);
    const only = args.map(Number).filter((count) => count > 0);
    console.log(JSON.stringify(args.length === 0 ? bookScaling() : bookScaling(only, args.includes('million')), null, 2));
  }
}
