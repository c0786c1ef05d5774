import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.18.8 (veraPDF 7.18.8-t01): a visible PrinterMark annotation is an artifact: it is not in the structure tree (no /StructParent). */
export const printerMark: PdfRule = {
  id: 'pdfua-7.18.8-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 7.18.8: leave PrinterMark annotations out of the structure tree (they are artifacts).',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.pages.flatMap(({ page, annotations }) =>
      annotations
        .filter((annotation) => annotation.subtype === 'PrinterMark' && !annotation.hidden && !annotation.outsideCropBox && annotation.hasStructParent)
        .map(() => ({ page, message: `A PrinterMark annotation on page ${page} is in the structure tree.` })),
    ),
};
