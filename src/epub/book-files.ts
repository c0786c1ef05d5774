import { BODY_FONT_FAMILY, FONT_LICENSE_PATH } from '../render/fonts.js';
import type { BookPlan } from './book-plan.js';
import type { ContentDocumentFile, EpubContainerFiles } from './epub-container-writer.js';
import { COLOPHON_PAGE, COVER_PAGE, TITLE_PAGE } from './epub-layout.js';
import { epubStylesheet } from './stylesheet.js';
import { renderColophonPage } from './templates/colophon-page.js';
import { renderCoverPage } from './templates/cover-page.js';
import { type Landmark, renderNavigationDocument } from './templates/navigation-document.js';
import { renderNcxDocument } from './templates/ncx-document.js';
import { type PackageSource, renderPackageDocument } from './templates/package-document.js';
import { renderTitlePage } from './templates/title-page.js';
import { renderXhtmlPage } from './templates/xhtml-page.js';

/** Renders every file of the book from its plan, ready for the container writer. */
export async function renderBookFiles(plan: BookPlan): Promise<EpubContainerFiles> {
  const { metadata } = plan.document;
  return {
    title: metadata.title,
    language: plan.language,
    packageDocument: renderPackageDocument(packageSourceOf(plan)),
    navigationDocument: renderNavigationDocument(plan.toc, plan.language, plan.labels, plan.article.pageBreaks, plan.article.split.fileOf, divisionLandmarks(plan)),
    ncxDocument: renderNcxDocument({ identifier: metadata.identifier, language: plan.language, title: metadata.title, authors: metadata.authors, toc: plan.toc }),
    stylesheet: await epubStylesheet(plan.faces),
    contentDocuments: contentDocuments(plan),
    coverImage: { href: plan.cover.href, bytes: plan.cover.bytes },
    images: plan.images.map((asset) => ({ href: asset.path, bytes: asset.bytes })),
    fonts: [...plan.faces.map((face) => ({ href: face.asset.path, bytes: face.asset.bytes })), { href: FONT_LICENSE_PATH, bytes: plan.fontLicense }],
    entryDate: plan.dates.zipEntryDate,
  };
}

/** What the package document is rendered from (a narrated book renders it again with its overlays). */
export function packageSourceOf(plan: BookPlan): PackageSource {
  return {
    metadata: plan.document.metadata,
    language: plan.language,
    dates: plan.dates,
    accessibility: plan.accessibility,
    manifest: plan.manifest,
    ...(plan.paginationSource && { paginationSource: plan.paginationSource }),
  };
}

/**
 * Landmarks for a book's divisions: where the body matter starts (its first chapter) and each front or back
 * matter division (foreword, appendix…), named by its heading. An article of one document has none of its own.
 */
function divisionLandmarks(plan: BookPlan): Landmark[] {
  const { parts: all } = plan.article;
  const parts = all.filter((part) => part.division !== undefined);
  // After front matter, reading starts at the body's first document; otherwise at the article's first.
  const lastFront = all.map((part) => part.bodyType).lastIndexOf('frontmatter');
  const firstChapter = lastFront === -1 ? undefined : all.slice(lastFront + 1).find((part) => part.bodyType === 'bodymatter');
  return [
    ...(firstChapter ? [{ type: 'bodymatter', href: firstChapter.href, label: plan.labels.startOfReading }] : []),
    ...parts.filter((part) => part.bodyType !== 'bodymatter' && part.division !== 'endnotes').map((part) => ({ type: part.division!, href: part.href, label: part.title })),
  ];
}

/** The XHTML documents other than the navigation document (which the writer places itself). */
function contentDocuments(plan: BookPlan): ContentDocumentFile[] {
  const { document, language, labels } = plan;
  return [
    { href: COVER_PAGE, xhtml: renderCoverPage(plan.cover, language, labels) },
    { href: TITLE_PAGE, xhtml: renderTitlePage(document.metadata, language, labels) },
    ...plan.article.parts.map((part) => ({ href: part.href, xhtml: renderXhtmlPage({ language, title: part.title, bodyType: part.bodyType, body: part.xhtml }) })),
    {
      href: COLOPHON_PAGE,
      xhtml: renderColophonPage({
        metadata: document.metadata,
        language,
        labels,
        ...(plan.dates.published && { published: plan.dates.published }),
        figures: document.figures,
        articleIds: plan.article.facts.ids,
        fileOf: plan.article.split.fileOf,
        typeface: BODY_FONT_FAMILY,
      }),
    },
  ];
}
