import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.20 (veraPDF 7.20-t01): no reference XObjects (form XObjects with /Ref, whose content is in another file). */
export const referenceXObjects: PdfRule = {
  id: 'pdfua-7.20-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.20: import the referenced page’s content instead of referring to another file (/Ref).',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => (pdf.document.referenceXObjects > 0 ? [{ message: `The file has ${pdf.document.referenceXObjects} reference XObject(s).` }] : []),
};
