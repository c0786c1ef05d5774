import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { locateBrowser } from '../../src/config/browser-location.js';
import { textOf } from '../../src/markup/html-tree.js';
import { publish } from '../../src/publish/publish.js';
import { elementsNamed, openEpub, parseXml } from '../epub/epub-reader.js';
import { pdfinfo, pdftotext } from '../support/poppler.js';
import { type BookFixture, writeBookFixture } from './book-fixture.js';

const DIVISIONS_BEFORE = ['Dedication', 'Foreword', 'Preface'];
const DIVISIONS_AFTER = ['Acknowledgments', 'Appendix: tide tables', 'Glossary'];

/** What the tests read of one built book: each page's lines (pdftotext), the outline, the EPUB's page list. */
interface BuiltBook {
  pages: string[][];
  /** The first pages' lines as `pdftotext -layout` sets them (a contents entry's title and number on one line). */
  frontLines: string[];
  /** Outline item title → 1-based page of its destination. */
  outline: Map<string, number>;
  /** EPUB page list: label → the heading texts of the document its link leads to, and whether the target id exists. */
  pageList: Map<string, { headings: string[]; targetFound: boolean }>;
}

async function buildBook(fixture: BookFixture, browser: RenderingBrowser, work: string, rectoChapters: boolean): Promise<BuiltBook> {
  const result = await publish({ input: fixture.folder, formats: ['epub', 'pdf'], audit: false, write: false, browser, print: { rectoChapters } });
  const pdfPath = join(work, `book-${rectoChapters ? 'recto' : 'plain'}.pdf`);
  await writeFile(pdfPath, result.outputs.pdf!.bytes);
  const count = Number((await pdfinfo(pdfPath))['Pages']);
  const pages: string[][] = [];
  for (let page = 1; page <= count; page += 1) {
    pages.push((await pdftotext(pdfPath, { firstPage: page, lastPage: page })).split('\n').map((line) => line.trim()).filter(Boolean));
  }
  const frontLines = (await pdftotext(pdfPath, { firstPage: 1, lastPage: 6, layout: true })).split('\n').map((line) => line.trim());
  const epub = await openEpub(result.outputs.epub!.bytes);
  const nav = parseXml(await epub.text('OEBPS/toc.xhtml'));
  const list = elementsNamed(nav, 'nav').find((element) => element.attribs['epub:type'] === 'page-list');
  const pageList = new Map<string, { headings: string[]; targetFound: boolean }>();
  for (const link of list ? elementsNamed(list, 'a') : []) {
    const [file, id] = (link.attribs['href'] ?? '').split('#');
    const xhtml = await epub.text(`OEBPS/${file}`);
    pageList.set(textOf(link).trim(), { headings: elementsNamed(parseXml(xhtml), 'h2').map((heading) => textOf(heading).trim()), targetFound: xhtml.includes(`id="${id}"`) });
  }
  return { pages, frontLines, outline: await outlineOf(result.outputs.pdf!.bytes), pageList };
}

/** Every outline item (nested ones too): its title and the page its destination names. */
async function outlineOf(bytes: Uint8Array): Promise<Map<string, number>> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageNumbers = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const items = new Map<string, number>();
  const visit = (item: PDFDict | undefined): void => {
    for (let current = item; current; current = current.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = current.lookup(PDFName.of('Title'));
      const destination = current.lookupMaybe(PDFName.of('Dest'), PDFArray) ?? current.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('D'), PDFArray);
      const page = destination?.get(0);
      if ((title instanceof PDFString || title instanceof PDFHexString) && page instanceof PDFRef) {
        items.set(title.decodeText().replace(/\u00ad/g, '').trim(), pageNumbers.get(page.toString()) ?? 0);
      }
      visit(current.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return items;
}

/** The printed contents: each line `Title      N` of the first pages, as title → number. */
function printedContents(lines: readonly string[], titles: readonly string[]): Map<string, number> {
  const entries = new Map<string, number>();
  for (const line of lines) {
    const match = /^(.*\S)\s+(\d+)$/.exec(line);
    if (match && titles.includes(match[1]!) && !entries.has(match[1]!)) entries.set(match[1]!, Number(match[2]));
  }
  return entries;
}

/** The 1-based page whose text, running head left out, opens with this title (not a contents page: there a number follows it). */
function pageOpening(pages: readonly string[][], title: string): number {
  return pages.findIndex((lines) => lines[1] === title && !/^\d+$/.test(lines[2] ?? '')) + 1;
}

describe('the printed table of contents of a book, and its right-hand chapters', () => {
  let fixture: BookFixture;
  let browser: RenderingBrowser;
  let work: string;
  let titles: string[];
  let plain: BuiltBook;
  let recto: BuiltBook;

  beforeAll(async () => {
    fixture = await writeBookFixture({ chapters: 40 });
    titles = [...DIVISIONS_BEFORE, ...fixture.chapterTitles, ...DIVISIONS_AFTER];
    work = await mkdtemp(join(tmpdir(), 'colophon-book-contents-'));
    browser = await RenderingBrowser.launch({ executablePath: locateBrowser({ environment: process.env }) });
    plain = await buildBook(fixture, browser, work, false);
    recto = await buildBook(fixture, browser, work, true);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    if (fixture) await rm(fixture.folder, { recursive: true, force: true });
    if (work) await rm(work, { recursive: true, force: true });
  });

  for (const [name, book] of [['plain', () => plain], ['--recto-chapters', () => recto]] as const) {
    it(`gives each division the page pdftotext finds it on, as the PDF outline and the EPUB page list do (${name})`, () => {
      // Fails when printEdition prints only once (MOST_PRINTS = 1: the contents keep their 0000 placeholders), and when
      // its paginationOf call is not told where the contents stand (`printOnly` removed: the contents' pages are
      // unplaced, the divisions go unnumbered and the EPUB gets no page list). Both checked.
      const { pages, frontLines, outline, pageList } = book();
      const contents = printedContents(frontLines, titles);
      expect([...contents.keys()]).toEqual(titles);
      expect(pageList.size).toBe(pages.length);
      for (const title of titles) {
        const page = contents.get(title)!;
        expect(pageOpening(pages, title), `${title}: printed page`).toBe(page);
        expect(outline.get(title), `${title}: outline`).toBe(page);
        const entry = pageList.get(String(page));
        expect(entry?.targetFound, `${title}: page list target`).toBe(true);
        expect(entry?.headings, `${title}: page list document`).toContain(title);
      }
    });
  }

  it('opens every division on an odd (right-hand) page with --recto-chapters, after a blank page when needed', () => {
    // Fails when nextPlan ignores `recto` (its `if (recto && page % 2 === 0)` made `if (false)`: checked), or with MOST_PRINTS = 1.
    const { pages } = recto;
    const even = titles.filter((title) => pageOpening(pages, title) % 2 === 0);
    expect(even).toEqual([]);
    const blank = pages.map((lines, index) => (lines.length === 0 ? index + 1 : 0)).filter(Boolean);
    expect(blank.length).toBeGreaterThan(0);
    // A blank page is a left-hand page before a division: no running head, no folio.
    for (const page of blank) {
      expect(page % 2, `blank page ${page}`).toBe(0);
      expect(titles.some((title) => pageOpening(pages, title) === page + 1), `blank page ${page} precedes a division`).toBe(true);
    }
  });

  it('without --recto-chapters, has no blank page and some division opening on a left-hand page (so the recto test can fail)', () => {
    const { pages } = plain;
    expect(pages.filter((lines) => lines.length === 0)).toEqual([]);
    expect(titles.some((title) => pageOpening(pages, title) % 2 === 0)).toBe(true);
  });
});
