import type { PdfFacts, StructureFact } from '../pdf-facts.js';
import { VERAPDF_PDFUA1_RULES, type PdfRule, type PdfViolation } from '../pdf-rule.js';

/** A rule about structure elements: which elements it concerns, and what is wrong with one (undefined: nothing). */
export interface ElementRuleSpec {
  id: string;
  impact: PdfRule['impact'];
  help: string;
  check(element: StructureFact, pdf: PdfFacts): string | undefined;
}

/** A PdfRule that reports each structure element `check` finds wrong, at its page and structure path. */
export function elementRule(spec: ElementRuleSpec): PdfRule {
  return {
    id: spec.id,
    impact: spec.impact,
    help: spec.help,
    helpUrl: VERAPDF_PDFUA1_RULES,
    check: (pdf) =>
      pdf.structure.flatMap((element): PdfViolation[] => {
        const message = spec.check(element, pdf);
        return message === undefined ? [] : [{ message, selector: element.path, ...(element.page !== undefined && { page: element.page }) }];
      }),
  };
}

/** The standard types of an element's kids, in order (a kid that maps to no standard type counts by its own type). */
export function kidTypes(element: StructureFact, pdf: PdfFacts): string[] {
  return element.kids.map((kid) => pdf.structure[kid]!.standardType ?? pdf.structure[kid]!.type);
}

/** The standard type of an element's parent; '' for the kids of the structure tree root. */
export function parentType(element: StructureFact, pdf: PdfFacts): string {
  if (element.parent === undefined) return '';
  const parent = pdf.structure[element.parent]!;
  return parent.standardType ?? parent.type;
}

/** How the type reads in a message: `Foo (Table)` for a role-mapped type. */
export function typeName(element: StructureFact): string {
  return element.standardType && element.standardType !== element.type ? `${element.type} (${element.standardType})` : element.type;
}
