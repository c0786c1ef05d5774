import { elementRule, kidTypes, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t11): a Table has at most one THead. */
export const tableHeadCount = elementRule({
  id: 'pdfua-7.2-t11',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: a Table has one THead at most; merge the header rows into one THead.',
  check: (element, pdf) => {
    if (element.standardType !== 'Table') return undefined;
    const kids = kidTypes(element, pdf);
    const count = (type: string): number => kids.filter((kid) => kid === type).length;
    return count('THead') <= 1 ? undefined : `${typeName(element)} has ${count('THead')} THead elements.`;
  },
});
