import { posix } from 'node:path';
import { parseFragment } from '../../../markup/html-tree.js';
import { UNSAFE_URL_SCHEME, findUnsafeUrls } from '../../markup/unsafe-url-scheme.js';
import type { EpubRule } from '../epub-rule.js';
import { parseXml } from '../read/xml-document.js';

/** Markup a reading system may show or follow links in: XHTML and HTML documents, SVG images, the NCX. */
const MARKUP_TYPES = new Set(['application/xhtml+xml', 'text/html', 'image/svg+xml', 'application/x-dtbncx+xml']);
const MARKUP_EXTENSIONS = new Set(['.xhtml', '.html', '.htm', '.svg', '.ncx']);

/**
 * Colophon's own rule (the markup rule the HTML audit runs too): no URL in any document of the book can run script or
 * read files — `javascript:`, `vbscript:`, `file:`, `data:` documents — whether in a content document, the navigation,
 * an SVG image or the NCX, manifested or not (axe has no such rule; critical, as a script link is hostile).
 */
export const unsafeUrlScheme: EpubRule = {
  ...UNSAFE_URL_SCHEME,
  check: (epub) =>
    [...epub.files].flatMap(([path, bytes]) => {
      const mediaType = epub.manifest.find((item) => item.path === path)?.mediaType;
      if (!(mediaType && MARKUP_TYPES.has(mediaType)) && !MARKUP_EXTENSIONS.has(posix.extname(path).toLowerCase())) return [];
      const root = mediaType === 'text/html' || /\.html?$/i.test(path) ? parseFragment(new TextDecoder().decode(bytes)) : parseXml(bytes);
      return findUnsafeUrls(root).map(({ message, selector }) => ({ message, selector, document: path }));
    }),
};
