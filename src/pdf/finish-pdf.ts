import { PDFDocument, PDFName } from 'pdf-lib';
import { ColophonError } from '../errors.js';
import type { ArticleMetadata } from '../model/metadata.js';
import type { PageSize } from '../model/page-size.js';
import { applyAccessibilityMetadata } from './accessibility-metadata.js';
import { regroupNestedFigures } from './figure-grouping.js';
import { describeLinks } from './link-annotations.js';
import { markPageArtifacts } from './page-artifacts.js';
import { snapPagesToPaperSize } from './page-boxes.js';

export interface FinishOptions {
  pageSize: PageSize;
  /** Info `/Producer`; defaults to the producer Chromium wrote (`Skia/PDF m…`). */
  producer?: string;
  /** The article's link texts by href (see `linkTextsOf`): the link annotations' /Contents. */
  linkTexts?: ReadonlyMap<string, string>;
}

/**
 * Post-processes Chromium's tagged PDF with pdf-lib into what PDF/UA-1 asks for: document metadata
 * (see `applyAccessibilityMetadata`), untagged marks made artifacts (`markPageArtifacts`), one
 * Figure with /Alt per figure (`regroupNestedFigures`), link annotations with /Contents and pages
 * with `/Tabs /S` (`describeLinks`), and exact paper size. Everything else (parent tree, outline,
 * fonts) is carried over object for object. Saved without object streams so that poppler and qpdf
 * read every object directly.
 */
export async function finishPdf(printed: Uint8Array, metadata: ArticleMetadata, options: FinishOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
  if (!pdf.catalog.has(PDFName.of('StructTreeRoot'))) {
    throw new ColophonError('PDF_FAILED', 'Chromium printed an untagged PDF (no structure tree).', {
      hint: 'Tagged PDF needs Chromium/Chrome 85 or later; point Colophon at a recent browser with `--browser PATH`.',
    });
  }
  const producer = options.producer ?? (pdf.getProducer()?.trim() || 'Colophon');
  applyAccessibilityMetadata(pdf, metadata, { producer });
  markPageArtifacts(pdf);
  regroupNestedFigures(pdf);
  describeLinks(pdf, options.linkTexts ?? new Map());
  snapPagesToPaperSize(pdf, options.pageSize);
  return pdf.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
