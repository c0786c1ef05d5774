import { annotationRule } from './annotation-rule.js';

/** ISO 14289-1 7.18.2 (veraPDF 7.18.2-t01): no visible TrapNet annotation. */
export const trapNet = annotationRule({
  id: 'pdfua-7.18.2-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.18.2: remove TrapNet annotations (or hide them): they are not allowed in PDF/UA.',
  check: (annotation) => (annotation.subtype === 'TrapNet' ? 'A TrapNet annotation is present.' : undefined),
});
