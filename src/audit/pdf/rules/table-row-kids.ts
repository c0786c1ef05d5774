import { elementRule, kidTypes, typeName } from './structure-rule.js';

const ALLOWED = new Set(['TH', 'TD']);

/** ISO 14289-1 7.2 (veraPDF 7.2-t10): a TR element may contain only TH, TD elements. */
export const tableRowKids = elementRule({
  id: 'pdfua-7.2-t10',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): a TR may contain only TH, TD; fix the tagging of its contents.',
  check: (element, pdf) => {
    if (element.standardType !== 'TR') return undefined;
    const wrong = kidTypes(element, pdf).filter((type) => !ALLOWED.has(type));
    return wrong.length === 0 ? undefined : `${typeName(element)} holds ${wrong.join(', ')}: only TH, TD may stand in a TR.`;
  },
});
