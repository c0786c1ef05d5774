import { elementRule, kidTypes, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t12): a Table has at most one TFoot. */
export const tableFootCount = elementRule({
  id: 'pdfua-7.2-t12',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: a Table has one TFoot at most; merge the footer rows into one TFoot.',
  check: (element, pdf) => {
    if (element.standardType !== 'Table') return undefined;
    const kids = kidTypes(element, pdf);
    const count = (type: string): number => kids.filter((kid) => kid === type).length;
    return count('TFoot') <= 1 ? undefined : `${typeName(element)} has ${count('TFoot')} TFoot elements.`;
  },
});
