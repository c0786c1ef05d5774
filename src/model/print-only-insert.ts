/**
 * Text the print edition has and the semantic document has not (a book's printed table of contents): inserted
 * before an element of the article. Pagination is told about it, so that the pages holding it are placed where it
 * stands and every other page is still found in the article.
 */
export interface PrintOnlyInsert {
  /** The id of the element it is inserted before. */
  beforeId: string;
  /** Its HTML, as printed. */
  html: string;
}
