import type { PdfFacts } from '../pdf-facts.js';
import { elementRule, typeName } from './structure-rule.js';

const counts = new WeakMap<PdfFacts, Map<string, number>>();

/** How many Notes have each /ID, counted once per file. */
function noteIdCounts(pdf: PdfFacts): Map<string, number> {
  let found = counts.get(pdf);
  if (!found) {
    found = new Map();
    for (const element of pdf.structure) if (element.standardType === 'Note' && element.id) found.set(element.id, (found.get(element.id) ?? 0) + 1);
    counts.set(pdf, found);
  }
  return found;
}

/** ISO 14289-1 7.9 (veraPDF 7.9-t02): no two Notes share an /ID. */
export const noteIdUnique = elementRule({
  id: 'pdfua-7.9-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.9: give each Note its own /ID.',
  check: (element, pdf) =>
    element.standardType === 'Note' && element.id && (noteIdCounts(pdf).get(element.id) ?? 0) > 1
      ? `${typeName(element)} shares its /ID (${element.id}) with another Note.`
      : undefined,
});
