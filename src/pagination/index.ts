import type { SemanticDocument } from '../model/document.js';
import { articleTextOf, parseArticle } from './article-text.js';
import { type PageStart, placePages, type UnplacedPage } from './page-starts.js';
import { pdfPageTexts } from './pdf-page-text.js';

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
}

/**
 * The pagination stage: reads the text of each page of Colophon's PDF of `document` and finds where
 * each page's first words are in the article, for the EPUB's page-break markers and page list.
 * The PDF must be printed from the same document (`buildPdf`); nothing is estimated from the layout.
 */
export async function paginationOf(pdfBytes: Uint8Array, document: SemanticDocument): Promise<Pagination> {
  const pages = await pdfPageTexts(pdfBytes);
  const article = articleTextOf(parseArticle(document.articleHtml));
  const { placed, unplaced } = placePages(pages, article.comparable);
  return { pageStarts: placed, unplaced, pageCount: pages.length };
}
