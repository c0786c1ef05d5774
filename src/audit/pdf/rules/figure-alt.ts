import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.3 (veraPDF 7.3-t01): every Figure has a text alternative (/Alt) or /ActualText. */
export const figureAlt: PdfRule = {
  id: 'pdfua-7.3-t01',
  impact: 'critical',
  help: 'PDF/UA-1 7.3: give each Figure structure element an /Alt (the image’s alt text); a grouping of image and caption is a Div, not a Figure.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.structure
      .filter((element) => element.type === 'Figure' && !element.alt?.trim() && element.actualText === undefined)
      .map((element) => ({
        message: 'A Figure has neither /Alt nor /ActualText.',
        selector: element.path,
        ...(element.page !== undefined && { page: element.page }),
      })),
};
