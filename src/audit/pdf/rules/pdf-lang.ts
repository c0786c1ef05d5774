import type { PdfRule } from '../pdf-rule.js';

/** PDF/UA-1 7.2: the document's natural language is declared (catalog /Lang). */
export const pdfLang: PdfRule = {
  id: 'pdf-lang',
  impact: 'serious',
  help: 'Set the catalog’s /Lang to the document’s language (e.g. (fr)), so screen readers pronounce it right.',
  helpUrl: 'https://pdfa.org/resource/pdfua-in-a-nutshell/',
  check: (pdf) => (pdf.lang && pdf.lang.trim() ? [] : ['The catalog has no /Lang.']),
};
