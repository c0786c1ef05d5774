import type { SemanticDocument } from '../model/document.js';
import { bookDivisions } from './book-divisions.js';
import { BLANK_VERSO_CLASS, PRINTED_CONTENTS_CLASS } from './printed-contents.js';

/**
 * Print rules for a book: every division (chapter, foreword, appendix…) starts on a new page and has a running head of
 * its own: the book's title on left pages, the division's title on right pages.
 *
 * Chromium has no `string-set`/`string()`, so a running head cannot take its text from the heading it follows. It does
 * have named pages (`page:`) with `:left`/`:right` and margin boxes: each division is its own named page
 * (`division-N`), whose `@page division-N:right` margin box holds the division's title as a literal string. A change of
 * named page also forces the page break. An article that is not a book gets no rule.
 *
 * Right-hand chapter openings (`--recto-chapters`) are not asked of CSS: Chromium treats `break-before: right` as
 * `page` and inserts no blank page. The PDF stage prints once, sees which divisions open on a left page, and puts a
 * blank page (`.blank-verso`, its own named page without running head or folio) before each (see `layOutBook`).
 */
export function bookPageRules(document: SemanticDocument, cssString: (text: string) => string, runningHead: (text: string) => string): string {
  const divisions = bookDivisions(document);
  if (divisions.length === 0) return '';
  const rules = divisions.flatMap(({ titleId, title }, index) => {
    const name = `division-${index + 1}`;
    return [
      `article > section[aria-labelledby="${titleId}"] { page: ${name}; break-before: page; }`,
      `@page ${name}:left { @top-center { content: ${cssString(runningHead(document.metadata.title))}; } }`,
      `@page ${name}:right { @top-center { content: ${cssString(runningHead(title))}; } }`,
    ];
  });
  return `${[...rules, ...BOOK_FURNITURE].join('\n')}\n`;
}

/** The printed table of contents (a page of its own, each entry's page number flush right) and the blank left pages. */
const BOOK_FURNITURE = [
  `article > nav.${PRINTED_CONTENTS_CLASS} { page: contents; break-before: page; }`,
  `.${PRINTED_CONTENTS_CLASS} ol { list-style: none; margin: 0; padding: 0; }`,
  `.${PRINTED_CONTENTS_CLASS} li { margin: 0 0 4pt; break-inside: avoid; }`,
  `.${PRINTED_CONTENTS_CLASS} a { display: flex; align-items: baseline; gap: 1em; text-decoration: none; }`,
  `.${PRINTED_CONTENTS_CLASS} .toc-title { flex: 1 1 auto; }`,
  // A fixed-width number column: the first print's placeholders take the room the numbers will, so the second print's pages are the first's.
  `.${PRINTED_CONTENTS_CLASS} .toc-page { flex: 0 0 4em; text-align: right; font-variant-numeric: tabular-nums; }`,
  `article > .${BLANK_VERSO_CLASS} { page: blank-verso; }`,
  '@page blank-verso { @top-center { content: none; } @bottom-center { content: none; } }',
];
