import { annotationRule, holderType } from './annotation-rule.js';

/** ISO 14289-1 7.18.4 (veraPDF 7.18.4-t01): a Widget annotation is nested in a Form structure element. */
export const widgetForm = annotationRule({
  id: 'pdfua-7.18.4-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.18.4: put each form field’s widget in a Form structure element (an OBJR kid).',
  check: (annotation, element) =>
    annotation.subtype !== 'Widget' || element?.standardType === 'Form' ? undefined : `A Widget annotation is held by ${holderType(element)}, not by a Form element.`,
});
