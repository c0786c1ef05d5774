import { escapeXml } from '../../markup/escape.js';
import { ARTICLE_PAGE, COLOPHON_PAGE, COVER_PAGE, NAVIGATION_DOCUMENT, TOC_NAV_ID } from '../epub-layout.js';
import type { EpubLabels } from '../labels.js';
import type { PageBreakMarker } from '../page-break-markers.js';
import type { TocEntry } from '../table-of-contents.js';
import { renderXhtmlPage } from './xhtml-page.js';

/**
 * The EPUB 3 navigation document: the table of contents (shown, in the reading order), the
 * landmarks and, when the book has the print edition's page breaks, the page list (both hidden,
 * as reading systems present them in their own menus).
 */
export function renderNavigationDocument(
  toc: readonly TocEntry[],
  language: string,
  labels: EpubLabels,
  pageBreaks: readonly PageBreakMarker[] = [],
  fileOf: ReadonlyMap<string, string> = new Map(),
  divisions: readonly Landmark[] = [],
): string {
  return renderXhtmlPage({
    language,
    title: labels.tocTitle,
    bodyType: 'frontmatter',
    body: [tocNav(toc, labels), landmarksNav(labels, divisions), ...(pageBreaks.length > 0 ? [pageListNav(pageBreaks, labels, fileOf)] : [])].join('\n'),
  });
}

function tocNav(toc: readonly TocEntry[], labels: EpubLabels): string {
  return `<nav epub:type="toc" role="doc-toc" id="${TOC_NAV_ID}" class="toc" aria-labelledby="toc-title">
<h1 id="toc-title">${escapeXml(labels.tocTitle)}</h1>
${orderedList(toc)}
</nav>`;
}

function orderedList(entries: readonly TocEntry[]): string {
  const items = entries.map((entry) => {
    const children = entry.children.length > 0 ? `\n${orderedList(entry.children)}\n` : '';
    return `<li><a href="${escapeXml(entry.href)}">${escapeXml(entry.label)}</a>${children}</li>`;
  });
  return `<ol>\n${items.join('\n')}\n</ol>`;
}

/** A landmark: an `epub:type` of the structural vocabulary, where it is, and what it is called. */
export interface Landmark {
  type: string;
  href: string;
  label: string;
}

/** Cover, contents, start of reading, the book's own divisions (foreword, appendix…: `divisions`) and the colophon. */
function landmarksNav(labels: EpubLabels, divisions: readonly Landmark[]): string {
  const landmarks: Landmark[] = [
    { type: 'cover', href: COVER_PAGE, label: labels.coverTitle },
    { type: 'toc', href: `${NAVIGATION_DOCUMENT}#${TOC_NAV_ID}`, label: labels.tocTitle },
    { type: 'bodymatter', href: divisions.find((division) => division.type === 'bodymatter')?.href ?? ARTICLE_PAGE, label: labels.startOfReading },
    ...divisions.filter((division) => division.type !== 'bodymatter'),
    { type: 'backmatter', href: COLOPHON_PAGE, label: labels.colophonTitle },
  ];
  const items = landmarks.map(({ type, href, label }) => `<li><a epub:type="${type}" href="${escapeXml(href)}">${escapeXml(label)}</a></li>`);
  return `<nav epub:type="landmarks" id="landmarks" hidden="hidden" aria-labelledby="landmarks-title">
<h2 id="landmarks-title">${escapeXml(labels.landmarksTitle)}</h2>
<ol>
${items.join('\n')}
</ol>
</nav>`;
}

/** Every page-break marker of the article, in page order, named by its page number. */
function pageListNav(pageBreaks: readonly PageBreakMarker[], labels: EpubLabels, fileOf: ReadonlyMap<string, string>): string {
  const items = pageBreaks.map(({ id, label }) => `<li><a href="${escapeXml(`${fileOf.get(id) ?? ARTICLE_PAGE}#${id}`)}">${escapeXml(label)}</a></li>`);
  return `<nav epub:type="page-list" role="doc-pagelist" id="page-list" hidden="hidden" aria-labelledby="page-list-title">
<h2 id="page-list-title">${escapeXml(labels.pageListTitle)}</h2>
<ol>
${items.join('\n')}
</ol>
</nav>`;
}
