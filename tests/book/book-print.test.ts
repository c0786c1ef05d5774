import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { locateBrowser } from '../../src/config/browser-location.js';
import { textOf } from '../../src/markup/html-tree.js';
import { publish } from '../../src/publish/publish.js';
import { elementsNamed, openEpub, parseXml } from '../epub/epub-reader.js';
import { pdfinfo, pdftotext } from '../support/poppler.js';
import { type BookFixture, writeBookFixture } from './book-fixture.js';

const BOOK_TITLE = 'The harbour book';

describe('the print edition of a book', () => {
  let fixture: BookFixture;
  let browser: RenderingBrowser;
  let work: string;
  let pdfPath: string;
  let pages: string[][];
  let epubBytes: Uint8Array;

  beforeAll(async () => {
    fixture = await writeBookFixture({ chapters: 40 });
    work = await mkdtemp(join(tmpdir(), 'colophon-book-print-'));
    browser = await RenderingBrowser.launch({ executablePath: locateBrowser({ environment: process.env }) });
    const result = await publish({ input: fixture.folder, formats: ['epub', 'pdf'], audit: false, write: false, browser });
    pdfPath = join(work, 'book.pdf');
    await writeFile(pdfPath, result.outputs.pdf!.bytes);
    epubBytes = result.outputs.epub!.bytes;
    const count = Number((await pdfinfo(pdfPath))['Pages']);
    pages = [];
    for (let page = 1; page <= count; page += 1) {
      pages.push((await pdftotext(pdfPath, { firstPage: page, lastPage: page })).split('\n').map((line) => line.trim()).filter(Boolean));
    }
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    if (fixture) await rm(fixture.folder, { recursive: true, force: true });
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** The 1-based page whose text, running head left out, opens with this title (not a printed contents page: there a number follows it). */
  const pageOpening = (title: string) => pages.findIndex((lines) => lines[1] === title && !/^\d+$/.test(lines[2] ?? '')) + 1;

  it('starts every chapter and division on a new page', () => {
    // Fails when bookPageRules returns '' (chapters then run on, most titles mid-page).
    for (const title of ['Dedication', 'Foreword', 'Preface', ...fixture.chapterTitles, 'Acknowledgments', 'Appendix: tide tables', 'Glossary']) {
      expect(pageOpening(title), title).toBeGreaterThan(1);
    }
  });

  it('gives left pages the book title and right pages the chapter title as running head', () => {
    // Fails when the `@page division-N:right` rule in bookPageRules is removed (every page then carries the book title).
    let checked = 0;
    fixture.chapterTitles.forEach((title, index) => {
      const start = pageOpening(title);
      const end = index + 1 < fixture.chapterTitles.length ? pageOpening(fixture.chapterTitles[index + 1]!) : start + 1;
      for (let page = start; page < end; page += 1) {
        expect(pages[page - 1]![0], `page ${page}`).toBe(page % 2 === 1 ? title : BOOK_TITLE);
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(fixture.chapterTitles.length);
  });

  it('has an EPUB page list whose entry for each chapter’s first page leads to that chapter’s document', async () => {
    const epub = await openEpub(epubBytes);
    const nav = parseXml(await epub.text('OEBPS/toc.xhtml'));
    const pageList = elementsNamed(nav, 'nav').find((element) => element.attribs['epub:type'] === 'page-list')!;
    const links = elementsNamed(pageList, 'a').map((link) => ({ label: textOf(link).trim(), href: link.attribs['href'] ?? '' }));
    expect(links.length).toBe(pages.length);
    for (const title of fixture.chapterTitles) {
      const page = pageOpening(title);
      const link = links.find((entry) => entry.label === String(page))!;
      const [file, id] = link.href.split('#');
      const xhtml = await epub.text(`OEBPS/${file}`);
      expect(xhtml, `${title} on page ${page}`).toContain(`id="${id}"`);
      expect(elementsNamed(parseXml(xhtml), 'h2').map((heading) => textOf(heading).trim())).toContain(title);
    }
  });
});
