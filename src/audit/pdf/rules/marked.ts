import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 6.2 (veraPDF 6.2-t01): the catalog's /MarkInfo says /Marked true. */
export const marked: PdfRule = {
  id: 'pdfua-6.2-t01',
  impact: 'serious',
  help: 'PDF/UA-1 6.2: a tagged PDF says so in the catalog with /MarkInfo << /Marked true >>.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => (pdf.marked ? [] : [{ message: 'The catalog’s /MarkInfo does not say /Marked true.' }]),
};
