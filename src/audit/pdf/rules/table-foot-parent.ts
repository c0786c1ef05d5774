import { elementRule, parentType, typeName } from './structure-rule.js';

const PARENTS = new Set(['Table']);

/** ISO 14289-1 7.2 (veraPDF 7.2-t07): a TFoot element is contained in Table. */
export const tableFootParent = elementRule({
  id: 'pdfua-7.2-t07',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): put each TFoot inside Table.',
  check: (element, pdf) => {
    if (element.standardType !== 'TFoot') return undefined;
    const parent = parentType(element, pdf);
    return PARENTS.has(parent) ? undefined : `${typeName(element)} stands in ${parent || 'the structure tree root'}, not in Table.`;
  },
});
