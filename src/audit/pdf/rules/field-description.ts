import { annotationRule } from './annotation-rule.js';

/** ISO 14289-1 7.18.1 (veraPDF 7.18.1-t03): a form field has a /TU (its description), or its widget's structure element has /Alt. */
export const fieldDescription = annotationRule({
  id: 'pdfua-7.18.1-t03',
  impact: 'serious',
  help: 'PDF/UA-1 7.18.1: give each form field a /TU that says what to enter (or /Alt on the Form element of its widget).',
  check: (annotation, element) =>
    annotation.subtype !== 'Widget' || annotation.fieldTooltip || element?.alt ? undefined : 'A form field has neither /TU nor an /Alt on the Form element of its widget.',
});
