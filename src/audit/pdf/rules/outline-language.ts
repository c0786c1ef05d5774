import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';
import { hasCatalogLang } from './language.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t02): the language of the outline (bookmark) entries can be determined: the catalog has /Lang. */
export const outlineLanguage: PdfRule = {
  id: 'pdfua-7.2-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: set the catalog’s /Lang, so the bookmarks’ titles are read in the right language.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.document.outlineEntries > 0 && !hasCatalogLang(pdf) ? [{ message: 'The document has bookmarks but no /Lang in its catalog: their language cannot be determined.' }] : [],
};
