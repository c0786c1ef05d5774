import { isTag, isText } from 'domhandler';
import { ColophonError } from '../errors.js';
import type { SemanticDocument } from '../model/document.js';
import type { PageStart } from '../pagination/index.js';
import { type ContentFacts, contentFactsOf } from './content-facts.js';
import { insertPageBreakMarkers, type PageBreakMarker } from './page-break-markers.js';
import { type ContentPart, splitArticle, type SplitArticle } from './chapter-split.js';
import { ARTICLE_PAGE } from './epub-layout.js';
import { parseMarkup } from './xhtml-serializer.js';

/** The article as the EPUB holds it: its content documents (one, or one per chapter: see `splitArticle`), and what it contains. */
export interface ArticleContent {
  /** The article's content documents, in reading order; the first is `article.xhtml`. */
  parts: ContentPart[];
  /** Which document holds each id of the article (links from the navigation, the page list and the colophon). */
  split: SplitArticle;
  facts: ContentFacts;
  /** The print edition's page breaks, in page order (none when the book is built without `pageStarts`). */
  pageBreaks: PageBreakMarker[];
}

/**
 * Parses the semantic document's `<article>` once, checks that the EPUB can hold it (one article
 * element, every image inside the book), marks where the print edition's pages start, and serializes it as XHTML.
 */
export function readArticleContent(document: SemanticDocument, language: string, pageStarts: readonly PageStart[] = [], maxPartBytes?: number): ArticleContent {
  const tree = parseMarkup(document.articleHtml);
  const roots = tree.children.filter((node) => !(isText(node) && node.data.trim() === ''));
  if (roots.length !== 1 || !isTag(roots[0]!) || roots[0].name !== 'article') {
    throw new ColophonError('EPUB_FAILED', 'The semantic document’s articleHtml is not a single <article> element.', {
      hint: 'Build the EPUB from the document composeDocument() returns, not from raw HTML.',
    });
  }
  const facts = contentFactsOf(tree, language, document.assets);
  checkImagesAreInside(facts.imageSources, document);
  const pageBreaks = insertPageBreakMarkers(tree, roots[0], pageStarts);
  const split = splitArticle(roots[0], { firstHref: ARTICLE_PAGE, title: document.metadata.title, ...(maxPartBytes !== undefined && { maxBytes: maxPartBytes }) });
  return { parts: split.parts, split, facts, pageBreaks };
}

function checkImagesAreInside(sources: readonly string[], document: SemanticDocument): void {
  const missing = sources.filter((source) => !document.assets.some((asset) => asset.path === source));
  if (missing.length > 0) {
    throw new ColophonError('EPUB_FAILED', `The article refers to images that are not among its assets: ${missing.join(', ')}.`, {
      hint: 'Every <img> must point at an asset (`images/<name>`) held in memory: the EPUB stage never fetches anything.',
    });
  }
}
