import type { RenderingBrowser } from '../browser/rendering-browser.js';
import { ColophonError, isColophonError } from '../errors.js';
import type { SemanticDocument } from '../model/document.js';
import { CUSTOM_PAGE_LIMITS_MM, DEFAULT_PAGE_SIZE, isPageSize, type PageSize } from '../model/page-size.js';
import type { IngestWarning } from '../model/document.js';
import type { Pagination } from '../pagination/index.js';
import { finishPdfWithWarnings } from './finish-pdf.js';
import { formulaAltsOf } from './formula-tagging.js';
import { linkTextsOf } from './link-texts.js';
import { printEdition } from './print-edition.js';

export interface PdfBuildOptions {
  browser: RenderingBrowser;
  /** Paper size (the trimmed page): `'A4'`, `'Letter'`, `'A5'` or `{ width, height }` in millimetres; A4 by default. */
  pageSize?: PageSize;
  /** Bleed in millimetres (0 to 20), for a print shop: MediaBox and BleedBox this much larger than the TrimBox on every side. 0 by default. */
  bleed?: number;
  /** Crop marks at the trim box's corners, outside the bleed, as artifacts; false by default. */
  cropMarks?: boolean;
  /** pdf:Producer / Info Producer; defaults to the producer Chromium wrote. */
  producer?: string;
  /** Hyphenate the prose for the article's language (soft hyphens, print edition only); true by default. */
  hyphenate?: boolean;
  /** A book's divisions each open on a right-hand (odd) page, after a blank page when needed (`--recto-chapters`); false by default. */
  rectoChapters?: boolean;
  /**
   * Called once the print page is loaded, as Chromium is asked to print it: the article is then in
   * Chromium's hands and nothing of it is finished (a batch reports it as a `printing` event).
   */
  onPrinting?: () => void;
  /** Finishes Chromium's print (default `finishPdfWithWarnings`, in this thread; a batch gives its stage workers'). */
  finish?: typeof finishPdfWithWarnings;
}

/**
 * The print edition as a tagged PDF: the print page is rendered in memory, printed by the
 * locked-down Chromium (no JavaScript, no network) and given its metadata with pdf-lib.
 * The bytes depend only on the document, the options and the Chromium version: no dates of the build.
 */
export async function buildPdf(document: SemanticDocument, options: PdfBuildOptions): Promise<Uint8Array> {
  return (await buildPdfWithWarnings(document, options)).bytes;
}

/**
 * `buildPdf`, also returning what would trouble a print shop, as warnings (`{ code, message }`, like
 * the document's own): images that print below 150 ppi (`IMAGE_LOW_RESOLUTION`, with the page).
 */
export async function buildPdfWithWarnings(document: SemanticDocument, options: PdfBuildOptions): Promise<PrintedPdf> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const bleed = options.bleed ?? 0;
  checkSheetOptions(pageSize, bleed);
  const printed = await stage('print', () =>
    printEdition(document, {
      browser: options.browser,
      pageSize,
      bleed,
      hyphenate: options.hyphenate !== false,
      rectoChapters: options.rectoChapters === true,
      ...(options.onPrinting && { onPrinting: options.onPrinting }),
    }),
  );
  const finished = await stage('finish', () =>
    (options.finish ?? finishPdfWithWarnings)(printed.bytes, document.metadata, {
      pageSize,
      bleed,
      cropMarks: options.cropMarks === true,
      linkTexts: new Map([...printed.linkTexts, ...linkTextsOf(document.articleHtml)]),
      formulaAlts: formulaAltsOf(document.articleHtml),
      ...(options.producer !== undefined && { producer: options.producer }),
    }),
  );
  return { bytes: finished.bytes, warnings: [...finished.warnings, ...printed.warnings], ...(printed.pagination && { pagination: printed.pagination }) };
}

/** The finished PDF, what would trouble a print shop or a reader, and a book's pagination (read while its contents were numbered). */
export interface PrintedPdf {
  bytes: Uint8Array;
  warnings: IngestWarning[];
  /** Where each page starts in the article, for the EPUB's page list: a book's, read from the last print; absent for an article. */
  pagination?: Pagination;
}

/** The largest bleed accepted, in millimetres (print shops ask for 2 to 5). */
export const MAX_BLEED_MM = 20;

function checkSheetOptions(pageSize: PageSize, bleed: number): void {
  if (!isPageSize(pageSize)) {
    const { min, max } = CUSTOM_PAGE_LIMITS_MM;
    throw new ColophonError('OPTIONS_INVALID', `Unknown page size ${JSON.stringify(pageSize)}.`, {
      hint: `Use A4, Letter, A5, or { width, height } in millimetres, each from ${min} to ${max}.`,
    });
  }
  if (!Number.isFinite(bleed) || bleed < 0 || bleed > MAX_BLEED_MM) {
    throw new ColophonError('OPTIONS_INVALID', `The bleed must be a number of millimetres from 0 to ${MAX_BLEED_MM}; got ${String(bleed)}.`, {
      hint: 'Print shops usually ask for 3 mm.',
    });
  }
}

const STAGE_MESSAGES = {
  print: 'Chromium could not print the article to PDF.',
  finish: 'The PDF Chromium printed could not be given its metadata.',
} as const;

/** Failures Colophon already explains pass through; anything else becomes a PDF_FAILED error. */
async function stage<T>(name: keyof typeof STAGE_MESSAGES, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (cause) {
    if (isColophonError(cause)) throw cause;
    const detail = cause instanceof Error ? ` (${cause.message})` : '';
    throw new ColophonError('PDF_FAILED', `${STAGE_MESSAGES[name]}${detail}`, {
      hint:
        name === 'print'
          ? 'Check that Chromium is still running and not out of memory; a very long article may need a longer timeout.'
          : 'This is a bug in Colophon: please report it with the input that caused it.',
      cause,
    });
  }
}
