import type { AnnotationFact, PdfFacts, StructureFact } from '../pdf-facts.js';
import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** A rule about annotations: what is wrong with one (undefined: nothing), given the structure element that holds it. */
export interface AnnotationRuleSpec {
  id: string;
  impact: PdfRule['impact'];
  help: string;
  check(annotation: AnnotationFact, element: StructureFact | undefined, pdf: PdfFacts): string | undefined;
}

/**
 * A PdfRule over every annotation that is shown: as veraPDF's 7.18 rules do, hidden annotations (flag 2) and those
 * wholly outside the crop box are left out.
 */
export function annotationRule(spec: AnnotationRuleSpec): PdfRule {
  return {
    id: spec.id,
    impact: spec.impact,
    help: spec.help,
    helpUrl: VERAPDF_PDFUA1_RULES,
    check: (pdf) =>
      pdf.pages.flatMap(({ page, annotations }) =>
        annotations.flatMap((annotation) => {
          if (annotation.hidden || annotation.outsideCropBox) return [];
          const element = annotation.element === undefined ? undefined : pdf.structure[annotation.element];
          const message = spec.check(annotation, element, pdf);
          return message === undefined ? [] : [{ page, message, ...(element && { selector: element.path }) }];
        }),
      ),
  };
}

/** How an annotation reads in a message: `A Highlight annotation on page 2`. */
export function annotationName(annotation: AnnotationFact): string {
  return `A ${annotation.subtype || 'untyped'} annotation`;
}

/** The standard type of the element holding the annotation, or a phrase saying there is none. */
export function holderType(element: StructureFact | undefined): string {
  return element ? (element.standardType ?? element.type) : 'no structure element';
}
