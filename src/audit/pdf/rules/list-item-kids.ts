import { elementRule, kidTypes, typeName } from './structure-rule.js';

const ALLOWED = new Set(['Lbl', 'LBody']);

/** ISO 14289-1 7.2 (veraPDF 7.2-t20): a LI element may contain only Lbl, LBody elements. */
export const listItemKids = elementRule({
  id: 'pdfua-7.2-t20',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): a LI may contain only Lbl, LBody; fix the tagging of its contents.',
  check: (element, pdf) => {
    if (element.standardType !== 'LI') return undefined;
    const wrong = kidTypes(element, pdf).filter((type) => !ALLOWED.has(type));
    return wrong.length === 0 ? undefined : `${typeName(element)} holds ${wrong.join(', ')}: only Lbl, LBody may stand in a LI.`;
  },
});
