import { elementRule, typeName } from './structure-rule.js';

/** ISO 14289-1 7.9 (veraPDF 7.9-t02): no two Notes share an /ID. */
export const noteIdUnique = elementRule({
  id: 'pdfua-7.9-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.9: give each Note its own /ID.',
  check: (element, pdf) =>
    element.standardType === 'Note' && element.id && pdf.structure.some((other) => other !== element && other.standardType === 'Note' && other.id === element.id)
      ? `${typeName(element)} shares its /ID (${element.id}) with another Note.`
      : undefined,
});
