import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';
import { hasCatalogLang } from './language.js';

/**
 * ISO 14289-1 7.2 (veraPDF 7.2-t33): the language of the document's metadata can be determined. An XMP language
 * alternative in `x-default` (dc:title, dc:description…) takes its language from the catalog's /Lang.
 */
export const metadataLanguage: PdfRule = {
  id: 'pdfua-7.2-t33',
  impact: 'moderate',
  help: 'PDF/UA-1 7.2: set the catalog’s /Lang, so the metadata’s x-default texts (the title…) are read in the right language.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.xmp && /xml:lang\s*=\s*["']x-default["']/.test(pdf.xmp) && !hasCatalogLang(pdf)
      ? [{ message: 'The XMP metadata has x-default texts but the catalog has no /Lang: their language cannot be determined.' }]
      : [],
};
