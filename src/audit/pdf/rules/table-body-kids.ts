import { elementRule, kidTypes, typeName } from './structure-rule.js';

const ALLOWED = new Set(['TR']);

/** ISO 14289-1 7.2 (veraPDF 7.2-t37): a TBody element may contain only TR elements. */
export const tableBodyKids = elementRule({
  id: 'pdfua-7.2-t37',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): a TBody may contain only TR; fix the tagging of its contents.',
  check: (element, pdf) => {
    if (element.standardType !== 'TBody') return undefined;
    const wrong = kidTypes(element, pdf).filter((type) => !ALLOWED.has(type));
    return wrong.length === 0 ? undefined : `${typeName(element)} holds ${wrong.join(', ')}: only TR may stand in a TBody.`;
  },
});
