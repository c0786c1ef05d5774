import { elementRule, kidTypes, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t39): a Table has at most one Caption. */
export const tableCaptionCount = elementRule({
  id: 'pdfua-7.2-t39',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: give a Table one Caption at most.',
  check: (element, pdf) => {
    if (element.standardType !== 'Table') return undefined;
    const kids = kidTypes(element, pdf);
    const count = (type: string): number => kids.filter((kid) => kid === type).length;
    return count('Caption') < 2 ? undefined : `${typeName(element)} has ${count('Caption')} Caption elements.`;
  },
});
