import { PDFDocument } from 'pdf-lib';
import { ColophonError } from '../../errors.js';
import type { PdfFacts } from './pdf-facts.js';
import { readCatalogFacts } from './read-pdf-catalog.js';
import { readPageFacts } from './read-pdf-pages.js';
import { readStructureFacts } from './read-pdf-structure.js';

export type { PdfFacts } from './pdf-facts.js';

/** Loads the PDF with pdf-lib and reads everything the rules check: catalog, structure tree, pages. */
export async function readPdfFacts(bytes: Uint8Array, origin: string): Promise<PdfFacts> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  } catch (cause) {
    throw new ColophonError('INPUT_UNSUPPORTED', `${origin} could not be read as a PDF.`, {
      hint: 'Check that the file is a PDF and is not encrypted (`qpdf --check` tells).',
      cause,
    });
  }
  return { ...readCatalogFacts(pdf), structure: readStructureFacts(pdf), pages: readPageFacts(pdf) };
}
