import { PDFBool, PDFDict, PDFHexString, PDFName, PDFRawStream, PDFString, decodePDFRawStream, type PDFDocument } from 'pdf-lib';
import type { PdfFacts } from './pdf-facts.js';

export type CatalogFacts = Omit<PdfFacts, 'structure' | 'pages' | 'header' | 'encryption' | 'parserMessages' | 'document'>;

/** The catalog's entries and the XMP metadata, decoded once. */
export function readCatalogFacts(pdf: PDFDocument): CatalogFacts {
  const catalog = pdf.catalog;
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const viewer = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  const metadata = catalog.lookup(PDFName.of('Metadata'));
  const facts: CatalogFacts = {
    pageCount: pdf.getPageCount(),
    hasStructTreeRoot: catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict) !== undefined,
    marked: markInfo?.lookupMaybe(PDFName.of('Marked'), PDFBool)?.asBoolean() ?? false,
    displayDocTitle: viewer?.lookupMaybe(PDFName.of('DisplayDocTitle'), PDFBool)?.asBoolean() ?? false,
    hasMetadataStream: metadata instanceof PDFRawStream,
  };
  const lang = catalog.lookup(PDFName.of('Lang'));
  if (lang instanceof PDFString || lang instanceof PDFHexString) facts.lang = lang.decodeText();
  const title = pdf.getTitle();
  if (title) facts.infoTitle = title;
  if (metadata instanceof PDFRawStream) facts.xmp = new TextDecoder().decode(decodePDFRawStream(metadata).decode());
  return facts;
}
