import { elementRule, typeName } from './structure-rule.js';

/**
 * ISO 14289-1 7.18.4 (veraPDF 7.18.4-t02): a Form element without a Role attribute (PrintField, ISO 32000-1 Table 348)
 * has one kid only: the object reference of its widget annotation.
 */
export const formElementKids = elementRule({
  id: 'pdfua-7.18.4-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.18.4: give a Form element its widget’s object reference as its only kid, or a PrintField /Role attribute.',
  check: (element) =>
    element.standardType === 'Form' && element.cell?.role === undefined && !(element.kidItems === 1 && element.objectKids === 1)
      ? `${typeName(element)} has no Role attribute and holds ${element.kidItems} kid(s), not just its widget’s object reference.`
      : undefined,
});
