import { PDFDocument, PDFName } from 'pdf-lib';
import { ColophonError } from '../errors.js';
import type { ArticleMetadata } from '../model/metadata.js';
import type { PageSize } from '../model/page-size.js';
import { applyAccessibilityMetadata } from './accessibility-metadata.js';
import { regroupNestedFigures } from './figure-grouping.js';
import { tagFormulas } from './formula-tagging.js';
import { wrapListBodies } from './list-bodies.js';
import { lowResolutionWarnings, type LowResolutionWarning } from './image-resolution.js';
import { describeLinks } from './link-annotations.js';
import { rewritePageContents } from './page-content-rewrite.js';
import { drawCropMarks } from './crop-marks.js';
import { mapPdf2Types } from './role-map.js';
import { structureElements } from './structure-tree.js';
import { printSheetOf, setPageBoxes } from './page-boxes.js';

export interface FinishOptions {
  /** The trimmed page. */
  pageSize: PageSize;
  /** Bleed in millimetres: the page Chromium printed is this much larger on every side (0 by default). */
  bleed?: number;
  /** Crop marks outside the bleed, as artifacts. */
  cropMarks?: boolean;
  /** Info `/Producer`; defaults to the producer Chromium wrote (`Skia/PDF m…`). */
  producer?: string;
  /** The article's link texts by href (see `linkTextsOf`): the link annotations' /Contents. */
  linkTexts?: ReadonlyMap<string, string>;
  /** The spoken form of each formula, in document order (see `formulaAltsOf`): those Figures become Formulas. */
  formulaAlts?: readonly string[];
}

/**
 * Post-processes Chromium's tagged PDF with pdf-lib into what PDF/UA-1 asks for: document metadata
 * (see `applyAccessibilityMetadata`), untagged marks made artifacts and hyphenated words read whole
 * (`rewritePageContents`: one pass over each page's content), one Figure with /Alt per figure
 * (`regroupNestedFigures`), list items' contents in LBody (`wrapListBodies`), PDF 2.0 types Chromium writes
 * (Em, Strong) role-mapped (`mapPdf2Types`), a Formula with /Alt per formula (`tagFormulas`), link annotations with /Contents and pages
 * with `/Tabs /S` (`describeLinks`), exact paper size, and for a print shop TrimBox, BleedBox and
 * crop marks (`setPageBoxes`, `drawCropMarks`). Everything else (parent tree, outline,
 * fonts) is carried over object for object. Saved without object streams so that poppler and qpdf
 * read every object directly.
 */
export async function finishPdf(printed: Uint8Array, metadata: ArticleMetadata, options: FinishOptions): Promise<Uint8Array> {
  return (await finishPdfWithWarnings(printed, metadata, options)).bytes;
}

export interface FinishedPdf {
  bytes: Uint8Array;
  /** What a print shop would object to (images below `MIN_PRINT_PPI`); the PDF is made all the same. */
  warnings: LowResolutionWarning[];
}

/** `finishPdf`, also saying which images print at too low a resolution (see `lowResolutionWarnings`). */
export async function finishPdfWithWarnings(printed: Uint8Array, metadata: ArticleMetadata, options: FinishOptions): Promise<FinishedPdf> {
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
  if (!pdf.catalog.has(PDFName.of('StructTreeRoot'))) {
    throw new ColophonError('PDF_FAILED', 'Chromium printed an untagged PDF (no structure tree).', {
      hint: 'Tagged PDF needs Chromium/Chrome 85 or later; point Colophon at a recent browser with `--browser PATH`.',
    });
  }
  const producer = options.producer ?? (pdf.getProducer()?.trim() || 'Colophon');
  applyAccessibilityMetadata(pdf, metadata, { producer });
  // Before the crop marks are drawn: they are artifacts already, and not part of the page's images.
  const content = rewritePageContents(pdf);
  // One walk of the structure tree serves the four: each reads the tree's live dictionaries for what it changes.
  const elements = structureElements(pdf);
  regroupNestedFigures(pdf, elements);
  wrapListBodies(pdf, elements);
  mapPdf2Types(pdf, elements);
  tagFormulas(pdf, options.formulaAlts ?? [], elements);
  describeLinks(pdf, options.linkTexts ?? new Map());
  const sheet = printSheetOf(options.pageSize, { bleed: options.bleed ?? 0, cropMarks: options.cropMarks === true });
  setPageBoxes(pdf, sheet);
  if (options.cropMarks) drawCropMarks(pdf, sheet);
  const warnings = lowResolutionWarnings(content.images);
  return { bytes: await pdf.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false }), warnings };
}
