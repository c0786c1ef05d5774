import { elementRule, parentType, typeName } from './structure-rule.js';

const PARENTS = new Set(['LI']);

/** ISO 14289-1 7.2 (veraPDF 7.2-t18): a LBody element is contained in LI. */
export const listBodyParent = elementRule({
  id: 'pdfua-7.2-t18',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): put each LBody inside LI.',
  check: (element, pdf) => {
    if (element.standardType !== 'LBody') return undefined;
    const parent = parentType(element, pdf);
    return PARENTS.has(parent) ? undefined : `${typeName(element)} stands in ${parent || 'the structure tree root'}, not in LI.`;
  },
});
