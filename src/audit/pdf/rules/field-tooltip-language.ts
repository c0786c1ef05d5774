import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';
import { hasCatalogLang } from './language.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t25): the language of form fields' descriptions (/TU) can be determined: the catalog has /Lang. */
export const fieldTooltipLanguage: PdfRule = {
  id: 'pdfua-7.2-t25',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: set the catalog’s /Lang, so form field descriptions (/TU) are read in the right language.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.document.fieldTooltips > 0 && !hasCatalogLang(pdf) ? [{ message: `${pdf.document.fieldTooltips} form field description(s) (/TU) in no determinable language.` }] : [],
};
