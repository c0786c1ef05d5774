import { elementRule, kidTypes, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t28): a TOC’s Caption, if any, is its first kid. */
export const tocCaptionFirst = elementRule({
  id: 'pdfua-7.2-t28',
  impact: 'moderate',
  help: 'PDF/UA-1 7.2: put the Caption of a TOC first.',
  check: (element, pdf) => {
    if (element.standardType !== 'TOC') return undefined;
    return kidTypes(element, pdf).slice(1).includes('Caption') ? `${typeName(element)} has a Caption that is not its first kid.` : undefined;
  },
});
