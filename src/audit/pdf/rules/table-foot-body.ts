import { elementRule, kidTypes, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t13): a Table with a TFoot has one or more TBody. */
export const tableFootBody = elementRule({
  id: 'pdfua-7.2-t13',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: a Table with a TFoot puts its other rows in TBody.',
  check: (element, pdf) => {
    if (element.standardType !== 'Table') return undefined;
    const kids = kidTypes(element, pdf);
    const count = (type: string): number => kids.filter((kid) => kid === type).length;
    return count('TFoot') === 0 || count('TBody') > 0 ? undefined : `${typeName(element)} has a TFoot but no TBody.`;
  },
});
