import { elementRule, parentType, typeName } from './structure-rule.js';

const PARENTS = new Set(['TR']);

/** ISO 14289-1 7.2 (veraPDF 7.2-t09): a TD element is contained in TR. */
export const tableDataCellParent = elementRule({
  id: 'pdfua-7.2-t09',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): put each TD inside TR.',
  check: (element, pdf) => {
    if (element.standardType !== 'TD') return undefined;
    const parent = parentType(element, pdf);
    return PARENTS.has(parent) ? undefined : `${typeName(element)} stands in ${parent || 'the structure tree root'}, not in TR.`;
  },
});
