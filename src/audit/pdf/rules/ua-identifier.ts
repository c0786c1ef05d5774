import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 clause 5 (veraPDF 5-t01): the XMP metadata identifies the file as PDF/UA-1 (pdfuaid:part 1). */
export const uaIdentifier: PdfRule = {
  id: 'pdfua-5-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 clause 5: write pdfuaid:part 1 (namespace http://www.aiim.org/pdfua/ns/id/) in the XMP metadata.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.xmp && /pdfuaid:part(>|\s*=\s*["'])\s*1\s*[<"']/.test(pdf.xmp)
      ? []
      : [{ message: 'The XMP metadata has no pdfuaid:part 1: the file does not identify as PDF/UA-1.' }],
};
