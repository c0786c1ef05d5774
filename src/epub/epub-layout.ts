/**
 * Where each file sits in the EPUB container. Paths are relative to the package directory;
 * the package document, navigation document, NCX and stylesheet names are the ones the
 * container writer (epub-gen-memory) gives them.
 */
export const PACKAGE_DIRECTORY = 'OEBPS';

export const PACKAGE_DOCUMENT = 'content.opf';
export const NAVIGATION_DOCUMENT = 'toc.xhtml';
export const NCX_DOCUMENT = 'toc.ncx';
export const STYLESHEET = 'style.css';

export const COVER_PAGE = 'cover.xhtml';
export const TITLE_PAGE = 'title-page.xhtml';
export const ARTICLE_PAGE = 'article.xhtml';
export const COLOPHON_PAGE = 'colophon.xhtml';

/** The `id` of the table of contents `<nav>` inside the navigation document. */
export const TOC_NAV_ID = 'toc';

/** The XHTML documents in reading order (the navigation document is the third). */
export const SPINE = [COVER_PAGE, TITLE_PAGE, NAVIGATION_DOCUMENT, ARTICLE_PAGE, COLOPHON_PAGE] as const;

/** The path of a package file inside the ZIP container. */
export function containerPath(href: string): string {
  return `${PACKAGE_DIRECTORY}/${href}`;
}
