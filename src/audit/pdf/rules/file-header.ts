import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 6.1 (veraPDF 6.1-t01): the file starts with the header `%PDF-1.n`, n from 0 to 7, on a line of its own. */
export const fileHeader: PdfRule = {
  id: 'pdfua-6.1-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 6.1: a PDF/UA-1 file is a PDF 1.0–1.7 file: its first line is %PDF-1.n.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => (/^%PDF-1\.[0-7]$/.test(pdf.header) ? [] : [{ message: `The file header is ${pdf.header ? `“${pdf.header.slice(0, 20)}”` : 'missing'}, not %PDF-1.0 to %PDF-1.7.` }]),
};
