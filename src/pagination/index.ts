import type { SemanticDocument } from '../model/document.js';
import type { PrintOnlyInsert } from '../model/print-only-insert.js';
import { type ArticleText, articleTextOf, parseArticle } from './article-text.js';
import { type PageStart, placePages, type UnplacedPage } from './page-starts.js';
import { pdfPageTexts } from './pdf-page-text.js';
import { spliceInsert } from './print-only-text.js';

export type { PageStart, UnplacedPage } from './page-starts.js';
export { articleTextOf, comparableText, parseArticle, type ArticleText, type TextPoint } from './article-text.js';

/** Where each page of a print edition begins in the article it was printed from. */
export interface Pagination {
  /** Every page found, in order; complete when `unplaced` is empty. */
  pageStarts: PageStart[];
  /** Pages whose first words are not in the article (then the page list would be incomplete). */
  unplaced: UnplacedPage[];
  /** Pages in the PDF. */
  pageCount: number;
  /**
   * The page on which each element asked for (`PaginationOptions.pagesOf`, by id) starts: the last page starting at or
   * before its first letter. Absent for an id not in the article or before every page found.
   */
  pagesOf: Map<string, number>;
}

export interface PaginationOptions {
  /** Text the print page inserted into the article (a book's printed contents): its pages are placed where it stands. */
  printOnly?: PrintOnlyInsert;
  /** The PDF is Chromium's print, not yet finished: only tagged text is read (see `PageTextOptions.taggedOnly`). */
  taggedOnly?: boolean;
  /**
   * Ids of elements whose page is wanted (a book's division headings). Worked out here, in one walk, so that the
   * result holds no reference to the parsed article (a 1,500-page book's tree and text points are hundreds of MB).
   */
  pagesOf?: readonly string[];
}

/**
 * The pagination stage: reads the text of each page of Colophon's PDF of `document` and finds where
 * each page's first words are in the article, for the EPUB's page-break markers and page list.
 * The PDF must be printed from the same document (`buildPdf`); nothing is estimated from the layout.
 * Offsets are in the document's article text: pages that open inside print-only text start where it was inserted.
 */
export async function paginationOf(pdfBytes: Uint8Array, document: SemanticDocument, options: PaginationOptions = {}): Promise<Pagination> {
  const pages = await pdfPageTexts(pdfBytes, { taggedOnly: options.taggedOnly === true });
  const tree = parseArticle(document.articleHtml);
  const article = articleTextOf(tree);
  const spliced = spliceInsert(tree, article, options.printOnly);
  const { placed, unplaced } = placePages(pages, spliced.comparable);
  const pageStarts = placed.map((start) => ({ ...start, textOffset: spliced.toArticle(start.textOffset) }));
  // Pages are looked up in the spliced text: there the contents' pages come before the first division's.
  const pagesOf = options.pagesOf?.length ? pagesOfElements(new Set(options.pagesOf), tree, article, placed, spliced.fromArticle) : new Map<string, number>();
  return { pageStarts, unplaced, pageCount: pages.length, pagesOf };
}

/** `Pagination.pagesOf`: the elements are found in one walk of the tree. */
function pagesOfElements(ids: ReadonlySet<string>, tree: ReturnType<typeof parseArticle>, article: ArticleText, pageStarts: readonly PageStart[], toPageOffset: (offset: number) => number): Map<string, number> {
  const pages = new Map<string, number>();
  for (const [id, articleOffset] of elementOffsets(ids, tree, article)) {
    const offset = toPageOffset(articleOffset);
    // Pages are in order of offset: the last one starting at or before the element (a binary search).
    let [low, high] = [0, pageStarts.length - 1];
    let found: number | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (pageStarts[middle]!.textOffset <= offset) {
        found = pageStarts[middle]!.page;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (found !== undefined) pages.set(id, found);
  }
  return pages;
}

function elementOffsets(ids: ReadonlySet<string>, tree: ReturnType<typeof parseArticle>, article: ArticleText): Map<string, number> {
  const offsets = new Map<string, number>();
  const walk = (node: (typeof tree.children)[number]): void => {
    if (!('attribs' in node)) return;
    const id = node.attribs['id'];
    const offset = id && ids.has(id) ? article.offsetBefore(node) : undefined;
    if (id && offset !== undefined) offsets.set(id, offset);
    node.children.forEach(walk);
  };
  tree.children.forEach(walk);
  return offsets;
}
