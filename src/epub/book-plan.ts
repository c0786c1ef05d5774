import { ColophonError } from '../errors.js';
import type { Asset } from '../model/asset.js';
import type { SemanticDocument } from '../model/document.js';
import type { PageStart } from '../pagination/index.js';
import { FONT_LICENSE_PATH, type FontFace, loadFontFaces, readFontLicense } from '../render/fonts.js';
import { type AccessibilityMetadata, accessibilityMetadataOf } from './accessibility-metadata.js';
import { type ArticleContent, readArticleContent } from './article-content.js';
import { type CoverImage, type CoverRasterizer, ownCover, suppliedCover } from './cover-image.js';
import { type EpubLabels, epubLabels } from './labels.js';
import { type Manifest, manifestOf, uniqueByPath } from './manifest.js';
import { type PackageDates, packageDatesOf } from './package-dates.js';
import { type TocEntry, tableOfContents } from './table-of-contents.js';

/** What the build options say about the cover, the conformance claim and the print pages (see `EpubBuildOptions`). */
export interface BookRequest {
  cover?: Asset & { alt: string };
  certifiedBy?: string;
  claimConformance?: boolean;
  pageStarts?: readonly PageStart[];
  /** Above this many bytes of XHTML, a chapter is split further (default 200 KB; see `splitArticle`). */
  maxPartBytes?: number;
}

/** Everything decided about the book before any file is written: every template renders from this. */
export interface BookPlan {
  document: SemanticDocument;
  /** Canonical BCP 47 tag of the article. */
  language: string;
  labels: EpubLabels;
  dates: PackageDates;
  article: ArticleContent;
  accessibility: AccessibilityMetadata;
  cover: CoverImage;
  images: Asset[];
  faces: readonly FontFace[];
  fontLicense: string;
  manifest: Manifest;
  toc: TocEntry[];
  /** The print edition's identifier, when the book carries its page breaks. */
  paginationSource?: string;
}

/** Reads and checks the document, derives the metadata and lays out the files. Fails before writing anything. */
export async function planBook(document: SemanticDocument, request: BookRequest): Promise<BookPlan> {
  const { metadata } = document;
  const language = canonicalLanguage(metadata.language);
  const labels = epubLabels(language);
  const article = readArticleContent(document, language, request.pageStarts, request.maxPartBytes);
  const cover = request.cover ? suppliedCover(request.cover) : await ownCover({ ...metadata, language }, labels);
  const images = uniqueByPath(document.assets);
  const [faces, fontLicense] = await Promise.all([loadFontFaces(), readFontLicense()]);
  return {
    document,
    language,
    labels,
    dates: packageDatesOf(metadata),
    article,
    accessibility: accessibilityMetadataOf(article.facts, labels, {
      claimConformance: request.claimConformance ?? false,
      ...(request.certifiedBy !== undefined && { certifiedBy: request.certifiedBy }),
      ...(metadata.publisher && { publisher: metadata.publisher.name }),
      authors: metadata.authors,
    }, { printPages: article.pageBreaks.length }),
    cover,
    images,
    faces,
    fontLicense,
    manifest: manifestOf({ articleProperties: articleProperties(article), articleParts: article.parts, cover, images, fonts: faces, fontLicense: FONT_LICENSE_PATH }),
    toc: tableOfContents({ title: metadata.title, headings: document.headings, articleIds: article.facts.ids, fileOf: article.split.fileOf, labels }),
    ...(article.pageBreaks.length > 0 && { paginationSource: printEditionIdentifier(metadata.identifier) }),
  };
}

/**
 * The print edition's identifier, made from the book's: `urn:…:print`, or `https://…#print` for a URL.
 * The EPUB names it as the source of its pagination (`dc:source` refined by `source-of`).
 */
export function printEditionIdentifier(identifier: string): string {
  return /^https?:\/\/[^#]*$/i.test(identifier) ? `${identifier}#print` : `${identifier}:print`;
}

/** Manifest properties the article's XHTML needs. */
function articleProperties({ facts }: ArticleContent): string[] {
  return [...(facts.hasMathML ? ['mathml'] : []), ...(facts.hasInlineSvg ? ['svg'] : [])];
}

/**
 * Colophon's own cover for `document` (see `ownCover`), in the form `EpubBuildOptions.cover` takes:
 * made ahead of `buildEpub` so that it is drawn while the PDF prints, and once for the two
 * builds of an audit-backed EPUB.
 */
export async function renderOwnCover(document: SemanticDocument, rasterize?: CoverRasterizer): Promise<Asset & { alt: string }> {
  const language = canonicalLanguage(document.metadata.language);
  const cover = await ownCover({ ...document.metadata, language }, epubLabels(language), rasterize);
  return { path: cover.href, mediaType: cover.mediaType, bytes: cover.bytes, alt: cover.alt };
}

/** The article's language as a canonical BCP 47 tag (`fr`, `fr-CA`); a tag that is not one stops the build. */
function canonicalLanguage(language: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(language.trim());
    if (canonical) return canonical;
  } catch {
    // reported below
  }
  throw new ColophonError('METADATA_INVALID', `The article's language "${language}" is not a BCP 47 language tag.`, {
    hint: 'Set `language:` to a tag such as fr, en or fr-CA.',
  });
}
