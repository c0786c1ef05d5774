import { escapeXml } from '../../markup/escape.js';
import { type TocEntry, tocDepth } from '../table-of-contents.js';

export interface NcxSource {
  identifier: string;
  language: string;
  title: string;
  authors: readonly string[];
  toc: readonly TocEntry[];
}

/** The EPUB 2 table of contents (NCX), for older reading systems: the same entries as the navigation document. */
export function renderNcxDocument({ identifier, language, title, authors, toc }: NcxSource): string {
  const counter = { playOrder: 0 };
  const docAuthors = authors
    .map((author) => author.trim())
    .filter(Boolean)
    .map((author) => `<docAuthor><text>${escapeXml(author)}</text></docAuthor>\n`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${escapeXml(language)}">
<head>
<meta name="dtb:uid" content="${escapeXml(identifier)}"/>
<meta name="dtb:depth" content="${Math.max(1, tocDepth(toc))}"/>
<meta name="dtb:totalPageCount" content="0"/>
<meta name="dtb:maxPageNumber" content="0"/>
</head>
<docTitle><text>${escapeXml(title)}</text></docTitle>
${docAuthors}<navMap>
${toc.map((entry) => navPoint(entry, counter)).join('\n')}
</navMap>
</ncx>
`;
}

function navPoint(entry: TocEntry, counter: { playOrder: number }): string {
  counter.playOrder += 1;
  const playOrder = counter.playOrder;
  const children = entry.children.map((child) => `\n${navPoint(child, counter)}`).join('');
  return `<navPoint id="navpoint-${playOrder}" playOrder="${playOrder}"><navLabel><text>${escapeXml(entry.label)}</text></navLabel><content src="${escapeXml(entry.href)}"/>${children}</navPoint>`;
}
