import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/**
 * ISO 14289-1 7.2 (veraPDF 7.2-t34): the language of the text can be determined. Colophon asks
 * for it where it covers all text at once: the catalog's /Lang.
 */
export const documentLanguage: PdfRule = {
  id: 'pdfua-7.2-t34',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: set the catalog’s /Lang to the document’s language (e.g. (fr)), so screen readers pronounce it right.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => (pdf.lang?.trim() ? [] : [{ message: 'The catalog has no /Lang.' }]),
};
