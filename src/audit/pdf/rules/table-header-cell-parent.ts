import { elementRule, parentType, typeName } from './structure-rule.js';

const PARENTS = new Set(['TR']);

/** ISO 14289-1 7.2 (veraPDF 7.2-t08): a TH element is contained in TR. */
export const tableHeaderCellParent = elementRule({
  id: 'pdfua-7.2-t08',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): put each TH inside TR.',
  check: (element, pdf) => {
    if (element.standardType !== 'TH') return undefined;
    const parent = parentType(element, pdf);
    return PARENTS.has(parent) ? undefined : `${typeName(element)} stands in ${parent || 'the structure tree root'}, not in TR.`;
  },
});
