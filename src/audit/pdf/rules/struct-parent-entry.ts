import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.1 (veraPDF 7.1-t12): every structure element has its parent in /P. */
export const structParentEntry: PdfRule = {
  id: 'pdfua-7.1-t12',
  impact: 'serious',
  help: 'PDF/UA-1 7.1 (ISO 32000-1 Table 323): each structure element names its parent with /P.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.structure
      .filter((element) => !element.hasParentEntry)
      .map((element) => ({
        message: `The ${element.type} structure element has no /P (parent) entry.`,
        selector: element.path,
        ...(element.page !== undefined && { page: element.page }),
      })),
};
