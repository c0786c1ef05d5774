import { elementRule, kidTypes, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t16): a Table’s Caption is its first or last kid. */
export const tableCaptionPosition = elementRule({
  id: 'pdfua-7.2-t16',
  impact: 'serious',
  help: 'PDF/UA-1 7.2: put a Table’s Caption first or last among its kids.',
  check: (element, pdf) => {
    if (element.standardType !== 'Table') return undefined;
    const kids = kidTypes(element, pdf);
    const count = (type: string): number => kids.filter((kid) => kid === type).length;
    return !kids.slice(1, -1).includes('Caption') ? undefined : `${typeName(element)} has a Caption between its rows.`;
  },
});
