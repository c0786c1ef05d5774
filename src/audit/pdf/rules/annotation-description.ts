import { annotationName, annotationRule } from './annotation-rule.js';

/**
 * ISO 14289-1 7.18.1 (veraPDF 7.18.1-t02): an annotation other than a Widget has /Contents, or its structure element
 * has /Alt. Differs from the profile: a Popup is let through (it shows its parent annotation's /Contents).
 */
export const annotationDescription = annotationRule({
  id: 'pdfua-7.18.1-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.18.1: describe each annotation in its /Contents (or in /Alt on the Annot element holding it).',
  check: (annotation, element) =>
    annotation.subtype === 'Widget' || annotation.subtype === 'Popup' || annotation.contents || element?.alt ? undefined : `${annotationName(annotation)} has neither /Contents nor an /Alt on its structure element.`,
});
