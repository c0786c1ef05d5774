import { elementRule, kidTypes, typeName } from './structure-rule.js';

/** ISO 14289-1 7.2 (veraPDF 7.2-t40): an L’s Caption, if any, is its first kid. */
export const listCaptionFirst = elementRule({
  id: 'pdfua-7.2-t40',
  impact: 'moderate',
  help: 'PDF/UA-1 7.2: put the Caption of a L first.',
  check: (element, pdf) => {
    if (element.standardType !== 'L') return undefined;
    return kidTypes(element, pdf).slice(1).includes('Caption') ? `${typeName(element)} has a Caption that is not its first kid.` : undefined;
  },
});
