import { elementRule, kidTypes, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t14): a Table with a THead has one or more TBody. */
export const tableHeadBody = elementRule({
  id: 'pdfua-7.2-t14',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: a Table with a THead puts its other rows in TBody.',
  check: (element, pdf) => {
    if (element.standardType !== 'Table') return undefined;
    const kids = kidTypes(element, pdf);
    const count = (type: string): number => kids.filter((kid) => kid === type).length;
    return count('THead') === 0 || count('TBody') > 0 ? undefined : `${typeName(element)} has a THead but no TBody.`;
  },
});
