import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.1 (veraPDF 7.1-t08): the catalog has a /Metadata stream. */
export const metadataStream: PdfRule = {
  id: 'pdfua-7.1-t08',
  impact: 'moderate',
  help: 'PDF/UA-1 7.1: link an XMP metadata stream from the catalog’s /Metadata.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => (pdf.hasMetadataStream ? [] : [{ message: 'The catalog has no /Metadata stream.' }]),
};
