import type { SemanticDocument } from '../model/document.js';

export interface BookPageOptions {
  /**
   * Each division asks for a right-hand page (`break-before: right`). NOT YET EFFECTIVE: the Chromium Colophon prints
   * with treats `right` as `page` and inserts no blank page (checked with pdftotext on a generated book, #16).
   */
  rectoChapters?: boolean;
}

// The top-level divisions a book is assembled into (src/book/assemble-book.ts): `<section role="doc-…" aria-labelledby="cN-title">`.
const SECTION = /<section\b[^>]*>/g;
const DIVISION_ROLE = /\brole="doc-(chapter|dedication|foreword|preface|acknowledgments|appendix|glossary|bibliography)"/;
const TITLE_ID = /\baria-labelledby="(c\d+-title)"/;

/**
 * Print rules for a book: every division (chapter, foreword, appendix…) starts on a new page — a right-hand one with
 * `rectoChapters` — and has a running head of its own: the book's title on left pages, the division's title on right pages.
 *
 * Chromium has no `string-set`/`string()`, so a running head cannot take its text from the heading it follows. It does
 * have named pages (`page:`) with `:left`/`:right` and margin boxes: each division is its own named page
 * (`division-N`), whose `@page division-N:right` margin box holds the division's title as a literal string. A change of
 * named page also forces the page break. An article that is not a book gets no rule.
 */
export function bookPageRules(document: SemanticDocument, options: BookPageOptions, cssString: (text: string) => string, runningHead: (text: string) => string): string {
  const titles = new Map(document.headings.map((heading) => [heading.id, heading.text]));
  const rules: string[] = [];
  let index = 0;
  for (const [tag] of document.articleHtml.matchAll(SECTION)) {
    const titleId = TITLE_ID.exec(tag)?.[1];
    if (!titleId || !DIVISION_ROLE.test(tag)) continue;
    index += 1;
    const name = `division-${index}`;
    const title = titles.get(titleId) ?? document.metadata.title;
    rules.push(
      `article > section[aria-labelledby="${titleId}"] { page: ${name};${options.rectoChapters ? ' break-before: right;' : ' break-before: page;'} }`,
      `@page ${name}:left { @top-center { content: ${cssString(runningHead(document.metadata.title))}; } }`,
      `@page ${name}:right { @top-center { content: ${cssString(runningHead(title))}; } }`,
    );
  }
  return rules.length > 0 ? `${rules.join('\n')}\n` : '';
}
