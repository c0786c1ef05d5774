import type { Asset } from '../model/asset.js';
import type { SemanticDocument } from '../model/document.js';
import type { PageStart } from '../pagination/index.js';
import { renderBookFiles } from './book-files.js';
import { planBook } from './book-plan.js';
import { writeEpubContainer } from './epub-container-writer.js';
import { containerPath } from './epub-layout.js';
import { narrateBookFiles } from './narrated-book.js';
import type { NarrationOptions } from '../narrate/index.js';

export interface EpubBuildOptions {
  /**
   * Cover image; when absent Colophon makes one from title, standfirst (metadata.description) and publisher:
   * a 1600 × 2560 PNG set in the book's typeface (no browser needed).
   */
  cover?: Asset & { alt: string };
  /** Written as a11y:certifiedBy when a conformance claim is made. */
  certifiedBy?: string;
  /** Only when true is dcterms:conformsTo "EPUB Accessibility 1.1 - WCAG 2.2 Level AA" written (the caller sets it when its own audit of this EPUB found nothing). Default false. */
  claimConformance?: boolean;
  /**
   * Where each page of the print edition (Colophon's PDF of the same document) starts, from `paginationOf`:
   * the article gets a page-break marker at each, the navigation document a page list, the package the
   * print edition as `dc:source` of the pagination. Absent or empty: no page numbers.
   */
  pageStarts?: readonly PageStart[];
  /**
   * An article with chapters is one content document per chapter (a book always; an article when longer than
   * half of this), and a part longer than this many bytes of XHTML is split again at its next heading level.
   * Default 200 KB: reading systems load one document at a time, and some refuse large ones.
   */
  maxPartBytes?: number;
  /**
   * Read-aloud edition: every document of the reading order marked per sentence, spoken by a speech engine
   * (espeak-ng unless `ttsCommand` names another) and synchronised with EPUB 3 Media Overlays. Absent: no narration.
   */
  narration?: NarrationOptions;
}

export interface EpubResult {
  bytes: Uint8Array;
  /** paths of the XHTML content documents inside the EPUB, in spine order */
  documents: string[];
}

/**
 * The EPUB 3 edition: cover, title page, contents, the article, colophon; fonts and images from memory;
 * accessibility metadata derived from the content. The same document always gives the same bytes.
 */
export async function buildEpub(document: SemanticDocument, options: EpubBuildOptions = {}): Promise<EpubResult> {
  const plan = await planBook(document, options);
  const files = await renderBookFiles(plan);
  const bytes = await writeEpubContainer(options.narration ? await narrateBookFiles(files, plan, options.narration) : files);
  const byId = new Map(plan.manifest.items.map((item) => [item.id, item.href]));
  return { bytes, documents: plan.manifest.spine.map((id) => containerPath(byId.get(id) ?? '')) };
}
