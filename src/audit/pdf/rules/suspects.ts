import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.1 (veraPDF 7.1-t04): /MarkInfo /Suspects is not true (the tagging is not marked as doubtful). */
export const suspects: PdfRule = {
  id: 'pdfua-7.1-t04',
  impact: 'serious',
  help: 'PDF/UA-1 7.1: check and fix the tagging, then set /MarkInfo /Suspects false (or remove it).',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => (pdf.document.suspects ? [{ message: 'The catalog’s /MarkInfo says /Suspects true: the tagging may not be right.' }] : []),
};
