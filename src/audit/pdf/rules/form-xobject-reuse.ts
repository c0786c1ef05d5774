import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/**
 * ISO 14289-1 7.20 (veraPDF 7.20-t02): the content of a form XObject is incorporated into the structure tree: one
 * with marked content (MCIDs) painted more than once would make its content belong to several elements at once.
 * Counted over every page and nested form.
 */
export const formXObjectReuse: PdfRule = {
  id: 'pdfua-7.20-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.20: paint a form XObject with tagged content once; for repeated content use a copy per use, or tag it in the page.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.document.repeatedTaggedForms > 0 ? [{ message: `${pdf.document.repeatedTaggedForms} form XObject(s) with tagged content are painted more than once.` }] : [],
};
