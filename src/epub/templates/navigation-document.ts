import { escapeXml } from '../../markup/escape.js';
import { ARTICLE_PAGE, COLOPHON_PAGE, COVER_PAGE, NAVIGATION_DOCUMENT, TOC_NAV_ID } from '../epub-layout.js';
import type { EpubLabels } from '../labels.js';
import type { TocEntry } from '../table-of-contents.js';
import { renderXhtmlPage } from './xhtml-page.js';

/**
 * The EPUB 3 navigation document: the table of contents (shown, in the reading order) and
 * the landmarks (hidden, as reading systems present them in their own menus).
 */
export function renderNavigationDocument(toc: readonly TocEntry[], language: string, labels: EpubLabels): string {
  return renderXhtmlPage({
    language,
    title: labels.tocTitle,
    bodyType: 'frontmatter',
    body: [tocNav(toc, labels), landmarksNav(labels)].join('\n'),
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

interface Landmark {
  type: 'cover' | 'toc' | 'bodymatter' | 'backmatter';
  href: string;
  label: string;
}

function landmarksNav(labels: EpubLabels): string {
  const landmarks: Landmark[] = [
    { type: 'cover', href: COVER_PAGE, label: labels.coverTitle },
    { type: 'toc', href: `${NAVIGATION_DOCUMENT}#${TOC_NAV_ID}`, label: labels.tocTitle },
    { type: 'bodymatter', href: ARTICLE_PAGE, label: labels.startOfReading },
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
