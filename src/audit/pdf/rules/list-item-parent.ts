import { elementRule, parentType, typeName } from './structure-rule.js';

const PARENTS = new Set(['L']);

/** ISO 14289-1 7.2 (veraPDF 7.2-t17): a LI element is contained in L. */
export const listItemParent = elementRule({
  id: 'pdfua-7.2-t17',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): put each LI inside L.',
  check: (element, pdf) => {
    if (element.standardType !== 'LI') return undefined;
    const parent = parentType(element, pdf);
    return PARENTS.has(parent) ? undefined : `${typeName(element)} stands in ${parent || 'the structure tree root'}, not in L.`;
  },
});
