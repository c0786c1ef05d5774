import type { RenderingBrowser } from '../browser/rendering-browser.js';
import type { IngestWarning, SemanticDocument } from '../model/document.js';
import type { PageSize } from '../model/page-size.js';
import { type Pagination, paginationOf } from '../pagination/index.js';
import { type BookDivision, bookDivisions } from '../render/book-divisions.js';
import { PRINT_PAGE_PATH, renderPrintPage } from '../render/print-page.js';
import { type PrintedBook, printedContents } from '../render/printed-contents.js';
import { printToPdf } from './print-to-pdf.js';

export interface PrintEditionOptions {
  browser: RenderingBrowser;
  pageSize: PageSize;
  bleed: number;
  hyphenate: boolean;
  /** Every division of a book opens on a right-hand (odd) page, after a blank left-hand page when needed. */
  rectoChapters: boolean;
  onPrinting?: () => void;
}

/** Chromium's print of the edition, not yet finished. */
export interface PrintedEdition {
  bytes: Uint8Array;
  /** A book's pagination, read from the last print (the EPUB's page list reuses it); absent for an article. */
  pagination?: Pagination;
  /** Link texts the print page adds (the printed contents' links, by `#id`), for the link annotations. */
  linkTexts: Map<string, string>;
  warnings: IngestWarning[];
}

/** Prints, at most, this many times: the first print finds the pages, the second sets them; a third only if the second moved them. */
const MOST_PRINTS = 3;

/**
 * The print edition, printed by Chromium. An article is printed once. A book is printed, read, and printed again:
 * the first print has a printed table of contents with placeholders as wide as the numbers will be, and its pages
 * say where each division opens (read from the pages as the EPUB's page list is: `paginationOf`, told where the
 * contents stand); with `rectoChapters`, a division found on an even page gets a blank page before it. The second
 * print carries the page numbers (and the blank pages), and is read again to check that every division opens where
 * its contents entry says — and on an odd page with `rectoChapters`. If not, once more; if still not, a warning.
 */
export async function printEdition(document: SemanticDocument, options: PrintEditionOptions): Promise<PrintedEdition> {
  const divisions = bookDivisions(document);
  const print = async (book?: PrintedBook): Promise<Uint8Array> => {
    const site = await renderPrintPage(document, { pageSize: options.pageSize, bleed: options.bleed, hyphenate: options.hyphenate, ...(book && { book }) });
    return printToPdf(options.browser, site, PRINT_PAGE_PATH, options.onPrinting ? { onPrinting: options.onPrinting } : {});
  };
  if (divisions.length === 0) return { bytes: await print(), linkTexts: new Map(), warnings: [] };

  const linkTexts = new Map(divisions.map(({ titleId, title }) => [`#${titleId}`, title]));
  let plan: Plan = { pages: undefined, blankBefore: new Set() };
  for (let printing = 1; ; printing += 1) {
    const contents = printedContents(divisions, document.metadata.language, plan.pages);
    const bytes = await print({ ...(contents && { contents }), blankBefore: plan.blankBefore });
    const pagination = await paginationOf(bytes, document, { ...(contents && { printOnly: contents }), taggedOnly: true, pagesOf: divisions.map(({ titleId }) => titleId) });
    const found = divisions.map(({ titleId }) => pagination.pagesOf.get(titleId));
    if (found.some((page) => page === undefined)) {
      // A division the pages do not show cannot be numbered: the contents keep their titles, without numbers.
      const unnumbered = printedContents(divisions, document.metadata.language, divisions.map(() => undefined));
      const warning = { code: 'CONTENTS_UNNUMBERED', message: `The printed table of contents has no page numbers: the opening of ${unfound(divisions, found)} was not found in the PDF's pages.` };
      return { bytes: await print({ ...(unnumbered && { contents: unnumbered }), blankBefore: plan.blankBefore }), linkTexts, warnings: [warning] };
    }
    const pages = found as number[];
    const settled = plan.pages !== undefined && pages.every((page, index) => page === plan.pages![index] && (!options.rectoChapters || page % 2 === 1));
    if (settled) return { bytes, pagination, linkTexts, warnings: [] };
    if (printing === MOST_PRINTS) {
      const message = `After ${MOST_PRINTS} prints, the printed table of contents still disagrees with the pages of ${unsettled(divisions, pages, plan)}.`;
      return { bytes, pagination, linkTexts, warnings: [{ code: 'CONTENTS_UNSETTLED', message }] };
    }
    plan = nextPlan(divisions, pages, plan.blankBefore, options.rectoChapters);
  }
}

interface Plan {
  /** The page each division should open on; undefined before the first print. */
  pages: number[] | undefined;
  blankBefore: Set<string>;
}

/**
 * Where the divisions will open next time, from where they opened this time: with `recto`, a division on an even page
 * gains a blank page before it, or loses the one it had, and every later division moves by as much.
 */
export function nextPlan(divisions: readonly BookDivision[], found: readonly number[], blankBefore: ReadonlySet<string>, recto: boolean): Plan {
  const next: Plan = { pages: [], blankBefore: new Set() };
  let shift = 0;
  divisions.forEach(({ titleId }, index) => {
    let page = found[index]! + shift;
    let blank = blankBefore.has(titleId);
    if (recto && page % 2 === 0) {
      shift += blank ? -1 : 1;
      page += blank ? -1 : 1;
      blank = !blank;
    }
    if (blank) next.blankBefore.add(titleId);
    next.pages!.push(page);
  });
  return next;
}

function unfound(divisions: readonly BookDivision[], found: readonly (number | undefined)[]): string {
  return divisions.filter((_, index) => found[index] === undefined).map(({ title }) => `“${title}”`).slice(0, 3).join(', ');
}

function unsettled(divisions: readonly BookDivision[], pages: readonly number[], plan: Plan): string {
  return divisions.filter((_, index) => pages[index] !== plan.pages?.[index]).map(({ title }) => `“${title}”`).slice(0, 3).join(', ') || 'a division opening on an even page';
}
