import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.1 (veraPDF 7.1-t11): the file is tagged: the catalog has a StructTreeRoot. */
export const structTreeRoot: PdfRule = {
  id: 'pdfua-7.1-t11',
  impact: 'critical',
  help: 'PDF/UA-1 7.1: produce a tagged PDF (a StructTreeRoot in the catalog): assistive technology reads the structure tree.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => (pdf.hasStructTreeRoot ? [] : [{ message: 'The catalog has no StructTreeRoot: the PDF is not tagged.' }]),
};
