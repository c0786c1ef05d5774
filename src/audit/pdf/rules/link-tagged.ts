import { annotationRule, holderType } from './annotation-rule.js';

/** ISO 14289-1 7.18.5 (veraPDF 7.18.5-t01): a Link annotation is nested in a Link structure element. */
export const linkTagged = annotationRule({
  id: 'pdfua-7.18.5-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.18.5: put each Link annotation (an OBJR) in the Link structure element of its text.',
  check: (annotation, element) =>
    annotation.subtype !== 'Link' || element?.standardType === 'Link' ? undefined : `A Link annotation${annotation.target ? ` to ${annotation.target}` : ''} is held by ${holderType(element)}, not by a Link element.`,
});
