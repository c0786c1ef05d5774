import type { SemanticDocument } from '../model/document.js';

/** One top-level division of a book (chapter, foreword, appendix…), as the print edition lays it out. */
export interface BookDivision {
  /** The id of the division's `h2` (`c3-title`), which its `<section aria-labelledby>` names. */
  titleId: string;
  /** The heading's text. */
  title: string;
}

// The top-level divisions a book is assembled into (src/book/assemble-book.ts): `<section role="doc-…" aria-labelledby="cN-title">`.
const SECTION = /<section\b[^>]*>/g;
const DIVISION_ROLE = /\brole="doc-(chapter|dedication|foreword|preface|acknowledgments|appendix|glossary|bibliography)"/;
const TITLE_ID = /\baria-labelledby="(c\d+-title)"/;

/** The book's divisions in reading order; none for an article that is not a book. */
export function bookDivisions(document: SemanticDocument): BookDivision[] {
  const titles = new Map(document.headings.map((heading) => [heading.id, heading.text]));
  const divisions: BookDivision[] = [];
  for (const [tag] of document.articleHtml.matchAll(SECTION)) {
    const titleId = TITLE_ID.exec(tag)?.[1];
    if (!titleId || !DIVISION_ROLE.test(tag)) continue;
    divisions.push({ titleId, title: titles.get(titleId) ?? document.metadata.title });
  }
  return divisions;
}

/** The opening tag of any division's `<section>` in the (print) article's HTML, its title id captured. */
export const DIVISION_SECTION = /<section\b[^>]*\baria-labelledby="(c\d+-title)"[^>]*>/g;
