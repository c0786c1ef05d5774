import { elementRule, parentType, typeName } from './structure-rule.js';

const PARENTS = new Set(['TOC']);

/** ISO 14289-1 7.2 (veraPDF 7.2-t26): a TOCI element is contained in TOC. */
export const tocItemParent = elementRule({
  id: 'pdfua-7.2-t26',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): put each TOCI inside TOC.',
  check: (element, pdf) => {
    if (element.standardType !== 'TOCI') return undefined;
    const parent = parentType(element, pdf);
    return PARENTS.has(parent) ? undefined : `${typeName(element)} stands in ${parent || 'the structure tree root'}, not in TOC.`;
  },
});
