import type { InMemorySite, SiteFile } from '../browser/in-memory-site.js';
import { createHash } from 'node:crypto';
import type { Asset } from '../model/asset.js';
import type { SemanticDocument } from '../model/document.js';
import { mmToPt, pageDimensionsOf, type PageSize } from '../model/page-size.js';
import { fontFaceCss, loadFontFaces } from './fonts.js';
import { hyphenateArticleHtml } from './hyphenation.js';
import { mathForPrint } from './print-math.js';
import { rolesForPrint } from './print-roles.js';
import { readStylesheet } from './stylesheets.js';
import { bookPageRules } from './book-page-rules.js';
import { layOutBook, type PrintedBook } from './printed-contents.js';

export interface PrintPageOptions {
  pageSize: PageSize;
  /** Soft hyphens in the prose, from the language's patterns (see `hyphenation.ts`); on by default. */
  hyphenate?: boolean;
  /** Bleed in millimetres: the page is printed this much larger on every side, the margins grown to match (0 by default). */
  bleed?: number;
  /** A book's printed table of contents and blank left-hand pages, as the PDF stage laid them out (see `layOutBook`). */
  book?: PrintedBook;
}

/** Page margins as fractions of the trimmed page: its height above and below the text, its width at the sides. */
export const PAGE_MARGINS = { block: 0.08, inline: 0.12 } as const;

export const PRINT_PAGE_PATH = 'print.html';
export const PRINT_STYLESHEET_PATH = 'print.css';
const RUNNING_HEAD_MAX_LENGTH = 100;

/**
 * The print edition as a self-contained in-memory site: `print.html` (the article in `<main>`),
 * `print.css` (fonts, article and print styles, page size and running head), the font files and
 * the article's images (at paths named by their bytes: see `contentAddressedPath`). Chromium prints it to PDF. The article is
 * hyphenated here, and only here: the web page and the EPUB get it without soft hyphens.
 */
export async function renderPrintPage(document: SemanticDocument, options: PrintPageOptions): Promise<InMemorySite> {
  const [faces, articleCss, printCss] = await Promise.all([
    loadFontFaces(),
    readStylesheet('article'),
    readStylesheet('print'),
  ]);
  const site = new Map<string, SiteFile>();
  const imagePaths = new Map(document.assets.map((asset) => [asset.path, contentAddressedPath(asset)]));
  for (const asset of document.assets) site.set(imagePaths.get(asset.path) ?? asset.path, { mediaType: asset.mediaType, body: asset.bytes });
  for (const face of faces) site.set(face.asset.path, { mediaType: face.asset.mediaType, body: face.asset.bytes });
  const css = [
    fontFaceCss(faces),
    articleCss,
    printCss,
    pageRules(document.metadata.title, options.pageSize, options.bleed ?? 0),
    bookPageRules(document, cssString, runningHead),
  ].join('\n');
  site.set(PRINT_STYLESHEET_PATH, { mediaType: 'text/css; charset=utf-8', body: css });
  const hyphenated = options.hyphenate === false ? document.articleHtml : hyphenateArticleHtml(document.articleHtml, document.metadata.language);
  const printed = rolesForPrint(mathForPrint(hyphenated)).replace(/ src="([^"]*)"/g, (attribute, path: string) => (imagePaths.has(path) ? ` src="${imagePaths.get(path)}"` : attribute));
  const articleHtml = options.book ? layOutBook(printed, options.book) : printed;
  site.set(PRINT_PAGE_PATH, { mediaType: 'text/html; charset=utf-8', body: printHtml(document, articleHtml) });
  return site;
}

/**
 * Where the print page serves an image: a path named by its bytes (`images/<sha-256, 16 hex>/figure-1.png`),
 * so that one path always holds one picture. A page prints article after article, written in place
 * when it can (see `RenderingBrowser.withPage`), and a document written in place keeps the images its
 * predecessor loaded: with the article's own paths (every article has an `images/figure-1.png`), each
 * print would need a navigation. The PDF does not record the path.
 */
function contentAddressedPath(asset: Asset): string {
  const slash = asset.path.lastIndexOf('/');
  const digest = createHash('sha256').update(asset.bytes).digest('hex').slice(0, 16);
  return `${asset.path.slice(0, slash + 1)}${digest}/${asset.path.slice(slash + 1)}`;
}

function printHtml(document: SemanticDocument, articleHtml: string): string {
  const { title, language } = document.metadata;
  return (
    '<!DOCTYPE html>\n' +
    `<html lang="${escapeHtml(language)}">\n` +
    '<head>\n<meta charset="utf-8" />\n' +
    `<title>${escapeHtml(title)}</title>\n` +
    `<link rel="stylesheet" href="${PRINT_STYLESHEET_PATH}" />\n` +
    '</head>\n<body>\n<main>\n' +
    articleHtml +
    '\n</main>\n</body>\n</html>\n'
  );
}

/**
 * Rules that depend on the document and options, so they are written here rather than in
 * `styles/print.css`: the page size and margins, and the running head's text. Chromium has no
 * `string-set`, so the title goes into the margin box as a literal string; `@page :first` (print.css)
 * hides it on the first page, and wins over this rule by specificity.
 *
 * With a bleed, Chromium prints the bleed size (trim + 2 × bleed) and the margins grow by the bleed,
 * so the text block stays where it is on the trimmed page and anything painted to the page's edge
 * (a page background) runs into the bleed; the PDF stage then sets the TrimBox inside it.
 */
function pageRules(title: string, pageSize: PageSize, bleedMm: number): string {
  const page = pageDimensionsOf(pageSize);
  const { block, inline } = PAGE_MARGINS;
  const box =
    bleedMm > 0
      ? `size: ${pt(page.width + 2 * mmToPt(bleedMm))} ${pt(page.height + 2 * mmToPt(bleedMm))}; ` +
        `margin: ${pt(block * page.height + mmToPt(bleedMm))} ${pt(inline * page.width + mmToPt(bleedMm))};`
      : `size: ${page.css}; margin: ${block * 100}% ${inline * 100}%;`;
  return `@page { ${box} }\n@page { @top-center { content: ${cssString(runningHead(title))}; } }\n`;
}

function pt(value: number): string {
  return `${Math.round(value * 1000) / 1000}pt`;
}

/** Running heads stay short: a headline longer than two lines of the margin box is cut at a word, with an ellipsis. */
export function runningHead(title: string, maxLength = RUNNING_HEAD_MAX_LENGTH): string {
  const text = title.replace(/\s+/g, ' ').trim();
  const characters = Array.from(text);
  if (characters.length <= maxLength) return text;
  const cut = characters.slice(0, maxLength).join('');
  const atWord = cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:.–—-]+$/u, '');
  return `${atWord.length > maxLength / 2 ? atWord : cut}…`;
}

/** A CSS string literal holding `text` as plain text (whitespace collapsed, quotes and controls escaped). */
export function cssString(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  // eslint-disable-next-line no-control-regex
  const escaped = collapsed.replace(/[\\"\u0000-\u001f\u007f]/g, (char) =>
    char === '\\' || char === '"' ? `\\${char}` : `\\${(char.codePointAt(0) ?? 0).toString(16)} `,
  );
  return `"${escaped}"`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
