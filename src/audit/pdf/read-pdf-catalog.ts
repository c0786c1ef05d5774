import { PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { ColophonError } from '../../errors.js';

/** What the PDF rules read: the catalog's entries and the XMP metadata, decoded once. */
export interface PdfFacts {
  pageCount: number;
  lang?: string;
  hasStructTreeRoot: boolean;
  marked: boolean;
  displayDocTitle: boolean;
  infoTitle?: string;
  /** The XMP packet, if the catalog has one. */
  xmp?: string;
}

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
  const catalog = pdf.catalog;
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const viewer = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  const facts: PdfFacts = {
    pageCount: pdf.getPageCount(),
    hasStructTreeRoot: catalog.has(PDFName.of('StructTreeRoot')),
    marked: markInfo?.lookupMaybe(PDFName.of('Marked'), PDFBool)?.asBoolean() ?? false,
    displayDocTitle: viewer?.lookupMaybe(PDFName.of('DisplayDocTitle'), PDFBool)?.asBoolean() ?? false,
  };
  const lang = catalog.lookup(PDFName.of('Lang'));
  if (lang instanceof PDFString || lang instanceof PDFHexString) facts.lang = lang.decodeText();
  const title = pdf.getTitle();
  if (title) facts.infoTitle = title;
  const metadata = catalog.lookup(PDFName.of('Metadata'));
  if (metadata instanceof PDFRawStream) facts.xmp = new TextDecoder().decode(decodePDFRawStream(metadata).decode());
  return facts;
}
