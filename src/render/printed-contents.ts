import { escapeXml } from '../markup/escape.js';
import type { PrintOnlyInsert } from '../model/print-only-insert.js';
import { type BookDivision, DIVISION_SECTION } from './book-divisions.js';

export const PRINTED_CONTENTS_CLASS = 'printed-contents';
export const PRINTED_CONTENTS_TITLE_ID = 'printed-contents-title';
export const BLANK_VERSO_CLASS = 'blank-verso';

export type { PrintOnlyInsert } from '../model/print-only-insert.js';

/** How a book's print edition is laid out beyond its stylesheet: what the PDF stage learnt from an earlier print. */
export interface PrintedBook {
  /** The printed table of contents (see `printedContents`). */
  contents?: PrintOnlyInsert;
  /** Title ids of the divisions preceded by a blank left-hand page, so that they open on a right-hand page. */
  blankBefore?: ReadonlySet<string>;
}

// Wide enough for four digits in the fixed-width number column (see book-page-rules.ts).
const PLACEHOLDER = '0000';

/**
 * The printed table of contents: a `<nav>` headed "Contents", one link per division to its heading, with the page it
 * opens on. It exists only in the print edition (the web page and the EPUB have their own navigation), so it is
 * not part of the semantic document: pagination is told where it was inserted (`PrintOnlyInsert`). It is written
 * here from the divisions' titles (already sanitized text), escaped.
 */
export function printedContents(divisions: readonly BookDivision[], language: string, pages?: readonly (number | undefined)[]): PrintOnlyInsert | undefined {
  const first = divisions[0];
  if (!first) return undefined;
  const entries = divisions.map(({ titleId, title }, index) => {
    // No pages at all: the first print's placeholders; no page for an entry: none printed.
    const page = pages ? (pages[index] === undefined ? '' : String(pages[index])) : PLACEHOLDER;
    return `<li><a href="#${titleId}"><span class="toc-title">${escapeXml(title)}</span> <span class="toc-page">${page}</span></a></li>`;
  });
  const heading = language.toLowerCase().startsWith('fr') ? 'Table des matières' : 'Contents';
  return {
    beforeId: first.titleId,
    html: `<nav class="${PRINTED_CONTENTS_CLASS}" aria-labelledby="${PRINTED_CONTENTS_TITLE_ID}"><h2 id="${PRINTED_CONTENTS_TITLE_ID}">${heading}</h2><ol>${entries.join('')}</ol></nav>\n`,
  };
}

/**
 * The print article of a book laid out: the printed table of contents before the first division, and an empty
 * `<div class="blank-verso">` (a page of its own: see book-page-rules.ts) before each division in `blankBefore`.
 */
export function layOutBook(articleHtml: string, { contents, blankBefore: blanks = new Set<string>() }: PrintedBook): string {
  // One pass over the divisions' opening tags (a book may have thousands). The contents come first: a blank page
  // before the first division then falls between the contents and the division.
  return articleHtml.replace(DIVISION_SECTION, (tag, titleId: string) => {
    const before = `${titleId === contents?.beforeId ? contents.html : ''}${blanks.has(titleId) ? `<div class="${BLANK_VERSO_CLASS}" aria-hidden="true"></div>` : ''}`;
    return before + tag;
  });
}
