import type { Document } from 'domhandler';
import { findOne } from 'domutils';
import type { PrintOnlyInsert } from '../model/print-only-insert.js';
import { type ArticleText, articleTextOf, parseArticle } from './article-text.js';

/** The article's comparable text with the print-only text where the print page put it, and the way back. */
export interface SplicedText {
  comparable: string;
  /** An offset in `comparable` as an offset in the article's own text: inside the insert, where it stands. */
  toArticle(offset: number): number;
  /** An offset in the article's own text as an offset in `comparable` (text from the insertion point on moves by its length). */
  fromArticle(offset: number): number;
}

/**
 * Splices print-only text (a book's printed contents) into the article's comparable text before the element it was
 * inserted before, so that the pages holding it are found like any other; their starts then map back to the place
 * where it stands in the article, and every later offset moves back by its length. Without an insert, or when the
 * element is not in the article, the article's text is returned as it is.
 */
export function spliceInsert(tree: Document, article: ArticleText, insert: PrintOnlyInsert | undefined): SplicedText {
  const unchanged = { comparable: article.comparable, toArticle: (offset: number) => offset, fromArticle: (offset: number) => offset };
  if (!insert) return unchanged;
  const element = findOne((candidate) => candidate.attribs['id'] === insert.beforeId, tree.children, true);
  const at = element ? article.offsetBefore(element) : undefined;
  if (at === undefined) return unchanged;
  const inserted = articleTextOf(parseArticle(insert.html)).comparable;
  return {
    comparable: article.comparable.slice(0, at) + inserted + article.comparable.slice(at),
    toArticle: (offset) => (offset < at ? offset : offset < at + inserted.length ? at : offset - inserted.length),
    fromArticle: (offset) => (offset < at ? offset : offset + inserted.length),
  };
}
