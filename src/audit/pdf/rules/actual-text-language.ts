import { hasCatalogLang } from './language.js';
import { elementRule, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t21): the language of a structure element’s /ActualText (replacement text) can be determined: /Lang on it, on an ancestor, or in the catalog. */
export const actualTextLanguage = elementRule({
  id: 'pdfua-7.2-t21',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: set the catalog’s /Lang (or a /Lang on the element), so its /ActualText is read in the right language.',
  check: (element, pdf) =>
    element.actualText === undefined || element.lang !== undefined || element.inheritedLang !== undefined || hasCatalogLang(pdf)
      ? undefined
      : `${typeName(element)} has /ActualText but no language: none on it, its ancestors or the catalog.`,
});
