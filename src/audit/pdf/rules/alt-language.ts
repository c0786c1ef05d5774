import { hasCatalogLang } from './language.js';
import { elementRule, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t22): the language of a structure element’s /Alt (alternative description) can be determined: /Lang on it, on an ancestor, or in the catalog. */
export const altLanguage = elementRule({
  id: 'pdfua-7.2-t22',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: set the catalog’s /Lang (or a /Lang on the element), so its /Alt is read in the right language.',
  check: (element, pdf) =>
    element.alt === undefined || element.lang !== undefined || element.inheritedLang !== undefined || hasCatalogLang(pdf)
      ? undefined
      : `${typeName(element)} has /Alt but no language: none on it, its ancestors or the catalog.`,
});
