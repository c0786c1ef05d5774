import { annotationName, annotationRule, holderType } from './annotation-rule.js';

/** Subtypes 7.18.1-t01 leaves to other rules (Widget: 7.18.4, Link: 7.18.5, PrinterMark: 7.18.8), and Popup. */
const EXEMPT = new Set(['Widget', 'PrinterMark', 'Link', 'Popup']);

/**
 * ISO 14289-1 7.18.1 (veraPDF 7.18.1-t01): an annotation other than a Widget, Link or PrinterMark is nested in an
 * Annot structure element. Differs from the profile: a Popup is let through, as it is the window of its parent
 * markup annotation (which is tagged) and not content of its own; veraPDF's test files agree.
 */
export const annotationTagged = annotationRule({
  id: 'pdfua-7.18.1-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.18.1: put each annotation (comments, highlights, attachments…) in an Annot structure element.',
  check: (annotation, element) =>
    EXEMPT.has(annotation.subtype) || element?.standardType === 'Annot' ? undefined : `${annotationName(annotation)} is held by ${holderType(element)}, not by an Annot element.`,
});
