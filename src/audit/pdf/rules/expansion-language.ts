import { hasCatalogLang } from './language.js';
import { elementRule, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t23): the language of a structure element’s /E (expansion of an abbreviation) can be determined: /Lang on it, on an ancestor, or in the catalog. */
export const expansionLanguage = elementRule({
  id: 'pdfua-7.2-t23',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: set the catalog’s /Lang (or a /Lang on the element), so its /E is read in the right language.',
  check: (element, pdf) =>
    element.expansion === undefined || element.lang !== undefined || element.inheritedLang !== undefined || hasCatalogLang(pdf)
      ? undefined
      : `${typeName(element)} has /E but no language: none on it, its ancestors or the catalog.`,
});
