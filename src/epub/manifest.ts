import { ColophonError } from '../errors.js';
import type { Asset } from '../model/asset.js';
import type { FontFace } from '../render/fonts.js';
import type { CoverImage } from './cover-image.js';
import {
  ARTICLE_PAGE,
  COLOPHON_PAGE,
  COVER_PAGE,
  NAVIGATION_DOCUMENT,
  NCX_DOCUMENT,
  SPINE,
  STYLESHEET,
  TITLE_PAGE,
} from './epub-layout.js';

/** One resource of the publication, as the package document's manifest lists it. */
export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties: string[];
  /** Id of the item's Media Overlay (SMIL), when the book is narrated. */
  mediaOverlay?: string;
}

export interface ManifestSource {
  /** Manifest properties the article's XHTML needs (`svg`, `mathml`). */
  articleProperties: readonly string[];
  /**
   * The article's content documents when it is split into chapters (see `splitArticle`), each with the
   * properties it needs; the first is `article.xhtml`. Absent: the one `article.xhtml` with `articleProperties`.
   */
  articleParts?: ReadonlyArray<{ href: string; properties: readonly string[] }>;
  cover: CoverImage;
  images: readonly Asset[];
  fonts: readonly FontFace[];
  /** Path of the font licence text, when the book carries it. */
  fontLicense?: string;
}

export interface Manifest {
  items: ManifestItem[];
  /** Ids of the spine items, in reading order. */
  spine: string[];
  coverImageId: string;
}

const XHTML = 'application/xhtml+xml';
// Image paths become both ZIP entry names and URLs, beside the book's own files: `images/<name>`,
// with only characters that need no escaping in either.
const IMAGE_PATH = /^images\/[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Every file of the book with a stable id, in a stable order; the ids of the reading order. */
export function manifestOf(source: ManifestSource): Manifest {
  const documents: ManifestItem[] = [
    item('cover-page', COVER_PAGE, XHTML),
    item('title-page', TITLE_PAGE, XHTML),
    item('nav', NAVIGATION_DOCUMENT, XHTML, ['nav']),
    ...(source.articleParts && source.articleParts.length > 1
      ? source.articleParts.map((part, index) => item(index === 0 ? 'article' : `chapter-${index}`, part.href, XHTML, part.properties))
      : [item('article', ARTICLE_PAGE, XHTML, source.articleProperties)]),
    item('colophon', COLOPHON_PAGE, XHTML),
  ];
  const items = [
    ...documents,
    item('ncx', NCX_DOCUMENT, 'application/x-dtbncx+xml'),
    item('stylesheet', STYLESHEET, 'text/css'),
    item('cover-image', source.cover.href, source.cover.mediaType, ['cover-image']),
    ...uniqueByPath(source.images).map((asset, index) => item(`image-${index + 1}`, imagePath(asset.path), asset.mediaType)),
    ...source.fonts.map((face, index) => item(`font-${index + 1}`, face.asset.path, face.asset.mediaType)),
    ...(source.fontLicense ? [item('font-license', source.fontLicense, 'text/plain')] : []),
  ];
  // The article's documents take its place in the reading order.
  const spine = SPINE.flatMap((href) => (href === ARTICLE_PAGE ? documents.filter((document) => document.id === 'article' || document.id.startsWith('chapter-')) : documents.filter((document) => document.href === href))).map((document) => document.id);
  return { items, spine, coverImageId: 'cover-image' };
}

/** The images, each once, in the order the document lists them. */
export function uniqueByPath(assets: readonly Asset[]): Asset[] {
  return assets.filter((asset, index) => assets.findIndex((other) => other.path === asset.path) === index);
}

function item(id: string, href: string, mediaType: string, properties: readonly string[] = []): ManifestItem {
  return { id, href, mediaType, properties: [...properties] };
}

function imagePath(path: string): string {
  if (!IMAGE_PATH.test(path)) {
    throw new ColophonError('EPUB_FAILED', `The asset path "${path}" cannot be used inside an EPUB.`, {
      hint: 'Asset paths are made by the ingest stage (`images/<name>`) from letters, digits, dots, hyphens and underscores.',
    });
  }
  return path;
}
