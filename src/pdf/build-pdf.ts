import type { RenderingBrowser } from '../browser/rendering-browser.js';
import { ColophonError, isColophonError } from '../errors.js';
import type { SemanticDocument } from '../model/document.js';
import { DEFAULT_PAGE_SIZE, type PageSize } from '../model/page-size.js';
import { PRINT_PAGE_PATH, renderPrintPage } from '../render/print-page.js';
import { finishPdf } from './finish-pdf.js';
import { linkTextsOf } from './link-texts.js';
import { printToPdf } from './print-to-pdf.js';

export interface PdfBuildOptions {
  browser: RenderingBrowser;
  /** Paper size; A4 by default. */
  pageSize?: PageSize;
  /** pdf:Producer / Info Producer; defaults to the producer Chromium wrote. */
  producer?: string;
}

/**
 * The print edition as a tagged PDF: the print page is rendered in memory, printed by the
 * locked-down Chromium (no JavaScript, no network) and given its metadata with pdf-lib.
 * The bytes depend only on the document, the options and the Chromium version: no dates of the build.
 */
export async function buildPdf(document: SemanticDocument, options: PdfBuildOptions): Promise<Uint8Array> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const printed = await stage('print', async () => {
    const site = await renderPrintPage(document, { pageSize });
    return printToPdf(options.browser, site, PRINT_PAGE_PATH);
  });
  return stage('finish', () =>
    finishPdf(printed, document.metadata, {
      pageSize,
      linkTexts: linkTextsOf(document.articleHtml),
      ...(options.producer !== undefined && { producer: options.producer }),
    }),
  );
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
