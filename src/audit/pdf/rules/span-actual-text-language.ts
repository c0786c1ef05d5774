import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';
import { hasCatalogLang } from './language.js';

/**
 * ISO 14289-1 7.2 (veraPDF 7.2-t30): a Span marked-content sequence with /ActualText (replacement text) in its property list has a
 * language: its own /Lang, that of an enclosing sequence or structure element, or the catalog’s.
 */
export const spanActualTextLanguage: PdfRule = {
  id: 'pdfua-7.2-t30',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: set the catalog’s /Lang (or /Lang in the Span’s property list), so its /ActualText is read in the right language.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    hasCatalogLang(pdf)
      ? []
      : pdf.pages.flatMap(({ page, marks }) => {
          const count = marks?.spansWithoutLang.filter((key) => key === 'ActualText').length ?? 0;
          return count === 0 ? [] : [{ page, message: `Page ${page} has ${count} Span sequence(s) with /ActualText and no language.` }];
        }),
};
