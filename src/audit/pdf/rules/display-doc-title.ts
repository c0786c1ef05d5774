import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.1 (veraPDF 7.1-t10): viewers show the title, not the file name (DisplayDocTitle). */
export const displayDocTitle: PdfRule = {
  id: 'pdfua-7.1-t10',
  impact: 'moderate',
  help: 'PDF/UA-1 7.1: set /ViewerPreferences << /DisplayDocTitle true >> in the catalog.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.displayDocTitle ? [] : [{ message: 'DisplayDocTitle is not true: viewers show the file name instead of the title.' }],
};
