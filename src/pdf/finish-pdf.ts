import { PDFDocument, PDFName } from 'pdf-lib';
import { ColophonError } from '../errors.js';
import type { ArticleMetadata } from '../model/metadata.js';
import type { PageSize } from '../model/page-size.js';
import { applyAccessibilityMetadata } from './accessibility-metadata.js';
import { snapPagesToPaperSize } from './page-boxes.js';

export interface FinishOptions {
  pageSize: PageSize;
  /** Info `/Producer`; defaults to the producer Chromium wrote (`Skia/PDF m…`). */
  producer?: string;
}

/**
 * Post-processes Chromium's tagged PDF with pdf-lib: document metadata (see
 * `applyAccessibilityMetadata`) and exact paper size. Everything else (structure tree, parent
 * tree, outline, fonts, link annotations) is carried over object for object. Saved without object
 * streams so that poppler and qpdf read every object directly.
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
  snapPagesToPaperSize(pdf, options.pageSize);
  return pdf.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
