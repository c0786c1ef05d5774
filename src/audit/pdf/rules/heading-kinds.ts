import type { PdfFacts } from '../pdf-facts.js';

const kinds = new WeakMap<PdfFacts, { usesH: boolean; usesHn: boolean }>();

/** Whether the document uses H (strong structure) and H1–H6 (weak structure), worked out once per file. */
export function headingKinds(pdf: PdfFacts): { usesH: boolean; usesHn: boolean } {
  let found = kinds.get(pdf);
  if (!found) {
    found = { usesH: pdf.structure.some((element) => element.standardType === 'H'), usesHn: pdf.structure.some((element) => /^H[1-6]$/.test(element.standardType ?? '')) };
    kinds.set(pdf, found);
  }
  return found;
}
