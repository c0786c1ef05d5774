import { elementRule, kidTypes, typeName } from './structure-rule.js';

const ALLOWED = new Set(['TR', 'THead', 'TBody', 'TFoot', 'Caption']);

/** ISO 14289-1 7.2 (veraPDF 7.2-t03): a Table element may contain only TR, THead, TBody, TFoot, Caption elements. */
export const tableKids = elementRule({
  id: 'pdfua-7.2-t03',
  impact: 'serious',
  help: 'PDF/UA-1 7.2 (ISO 32000-1, 14.8.4): a Table may contain only TR, THead, TBody, TFoot, Caption; fix the tagging of its contents.',
  check: (element, pdf) => {
    if (element.standardType !== 'Table') return undefined;
    const wrong = kidTypes(element, pdf).filter((type) => !ALLOWED.has(type));
    return wrong.length === 0 ? undefined : `${typeName(element)} holds ${wrong.join(', ')}: only TR, THead, TBody, TFoot, Caption may stand in a Table.`;
  },
});
