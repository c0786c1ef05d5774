import { elementRule, typeName } from './structure-rule.js';

/** ISO 14289-1 7.7 (veraPDF 7.7-t01): every Formula has /Alt (not empty) or /ActualText. */
export const formulaAlt = elementRule({
  id: 'pdfua-7.7-t01',
  impact: 'critical',
  help: 'PDF/UA-1 7.7: give each Formula an /Alt that reads the expression out (or its /ActualText).',
  check: (element) =>
    element.standardType === 'Formula' && !element.alt && element.actualText === undefined ? `${typeName(element)} has neither /Alt nor /ActualText.` : undefined,
});
