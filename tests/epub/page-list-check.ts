import { textOf } from '../../src/markup/html-tree.js';
import { pdfinfo, pdftotext } from '../support/poppler.js';
import { elementsNamed, openEpub, parseXml } from './epub-reader.js';

/** How many of a page's first words must follow its marker. */
const WORDS_COMPARED = 6;

export interface PageListCheck {
  epubBytes: Uint8Array;
  /** The PDF the page list claims to follow, on disk (poppler reads files). */
  pdfPath: string;
  /** The running head printed on pages after the first (the title), left out of the page's words. */
  runningHead: string;
}

/**
 * Checks an EPUB's page list against the PDF with tools that share no code with Colophon's pagination:
 * poppler's pdftotext for each page's text, string search for the markers. Returns one line per
 * disagreement (empty: the page list is in step with the PDF).
 */
export async function pageListMismatches({ epubBytes, pdfPath, runningHead }: PageListCheck): Promise<string[]> {
  const epub = await openEpub(epubBytes);
  const nav = parseXml(await epub.text('OEBPS/toc.xhtml'));
  const pageList = elementsNamed(nav, 'nav').find((element) => element.attribs['epub:type'] === 'page-list');
  const links = pageList ? elementsNamed(pageList, 'a').map((link) => ({ href: link.attribs['href'] ?? '', label: textOf(link).trim() })) : [];
  const article = await epub.text('OEBPS/article.xhtml');
  const pageCount = Number((await pdfinfo(pdfPath))['Pages']);
  const problems = links.length === pageCount ? [] : [`the page list has ${links.length} entries, the PDF ${pageCount} pages`];
  for (let page = 1; page <= Math.min(pageCount, links.length); page += 1) {
    const link = links[page - 1]!;
    const [file, id = ''] = link.href.split('#');
    if (file !== 'article.xhtml' || link.label !== String(page)) problems.push(`entry ${page} is "${link.label}" → ${link.href}`);
    const firstWords = await pageOpening(pdfPath, page, runningHead);
    const following = textAfterMarker(article, id);
    if (following === undefined) problems.push(`page ${page}: no marker with id "${id}" named "${page}" (title) in the article`);
    else if (!comparable(following).startsWith(comparable(firstWords))) {
      problems.push(`page ${page} starts with "${firstWords}", but its marker is followed by "${following.slice(0, 80)}"`);
    }
  }
  return problems;
}

/** The first words of a page of the PDF, running head (pages after the first), folio and list numbers left out. */
async function pageOpening(pdfPath: string, page: number, runningHead: string): Promise<string> {
  const lines = (await pdftotext(pdfPath, { firstPage: page, lastPage: page })).split('\n').map((line) => line.trim()).filter(Boolean);
  if (page > 1 && lines[0] === runningHead) lines.shift();
  const words = lines
    .filter((line) => !/^\d+ \/ \d+$/.test(line))
    .join(' ')
    .split(/\s+/)
    .filter((word) => comparable(word) !== '');
  while (/^\d+\.$/.test(words[0] ?? '')) words.shift();
  return words.slice(0, WORDS_COMPARED).join(' ');
}

/** The article's text after the page-break marker with this id (tags removed), or undefined without such a marker. */
function textAfterMarker(xhtml: string, id: string): string | undefined {
  const marker = new RegExp(`<span[^>]*\\bid="${id}"[^>]*>(</span>)?`).exec(xhtml);
  if (!marker || !/epub:type="pagebreak"/.test(marker[0]) || !/role="doc-pagebreak"/.test(marker[0]) || !marker[0].includes(`title="${id.replace(/^\D+/, '')}"`)) {
    return undefined;
  }
  const rest = xhtml.slice(marker.index + marker[0].length).replace(/<svg[\s\S]*?<\/svg>/g, ' ');
  return rest
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters and digits, case-folded: what survives line breaks, hyphenation and a PDF's choice of apostrophe. */
function comparable(text: string): string {
  return [...text.normalize('NFKC').toLowerCase()].filter((character) => /[\p{L}\p{N}]/u.test(character) && !/\p{Lm}/u.test(character)).join('');
}
