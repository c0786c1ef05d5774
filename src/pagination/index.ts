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
  /** The page on which the element with this id starts (the last page starting at or before its first letter); undefined when unknown. */
  pageOf(id: string): number | undefined;
}

export interface PaginationOptions {
  /** Text the print page inserted into the article (a book's printed contents): its pages are placed where it stands. */
  printOnly?: PrintOnlyInsert;
  /** The PDF is Chromium's print, not yet finished: only tagged text is read (see `PageTextOptions.taggedOnly`). */
  taggedOnly?: boolean;
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
  return { pageStarts, unplaced, pageCount: pages.length, pageOf: pageFinder(tree, article, placed, spliced.fromArticle) };
}

/** `Pagination.pageOf`: ids are looked up in one walk of the tree, when first asked for. */
function pageFinder(tree: ReturnType<typeof parseArticle>, article: ArticleText, pageStarts: readonly PageStart[], toPageOffset: (offset: number) => number): (id: string) => number | undefined {
  let offsets: Map<string, number> | undefined;
  return (id) => {
    offsets ??= elementOffsets(tree, article);
    const articleOffset = offsets.get(id);
    if (articleOffset === undefined) return undefined;
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
    return found;
  };
}

function elementOffsets(tree: ReturnType<typeof parseArticle>, article: ArticleText): Map<string, number> {
  const offsets = new Map<string, number>();
  const walk = (node: (typeof tree.children)[number]): void => {
    if (!('attribs' in node)) return;
    const id = node.attribs['id'];
    const offset = article.offsetBefore(node);
    if (id && offset !== undefined) offsets.set(id, offset);
    node.children.forEach(walk);
  };
  tree.children.forEach(walk);
  return offsets;
}
