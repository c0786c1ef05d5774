import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';
import { hasCatalogLang } from './language.js';

/**
 * ISO 14289-1 7.2 (veraPDF 7.2-t34): the language of the text on the pages can be determined: the catalog's /Lang,
 * or a /Lang on the marked-content sequence or the structure element (or an ancestor) the text belongs to. Text in
 * artifacts is not judged.
 */
export const documentLanguage: PdfRule = {
  id: 'pdfua-7.2-t34',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: set the catalog’s /Lang to the document’s language (e.g. (fr)), so screen readers pronounce it right.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    hasCatalogLang(pdf)
      ? []
      : pdf.pages.flatMap(({ page, marks }) =>
          marks && marks.textWithoutLang > 0 ? [{ page, message: `The catalog has no /Lang, and ${marks.textWithoutLang} text item(s) on page ${page} have no language of their own.` }] : [],
        ),
};
