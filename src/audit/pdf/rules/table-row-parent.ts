import { elementRule, parentType, typeName } from './structure-rule.js';

const PARENTS = new Set(['Table', 'THead', 'TBody', 'TFoot']);

/** ISO 14289-1 7.2 (veraPDF 7.2-t04): a TR element is contained in Table or THead or TBody or TFoot. */
export const tableRowParent = elementRule({
  id: 'pdfua-7.2-t04',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): put each TR inside Table or THead or TBody or TFoot.',
  check: (element, pdf) => {
    if (element.standardType !== 'TR') return undefined;
    const parent = parentType(element, pdf);
    return PARENTS.has(parent) ? undefined : `${typeName(element)} stands in ${parent || 'the structure tree root'}, not in Table or THead or TBody or TFoot.`;
  },
});
