import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';
import { pdfuaIdProperties } from '../pdfua-identification.js';

/** ISO 14289-1 clause 5 (veraPDF 5-t05): the PDF/UA identification’s “corr” property is written with the prefix pdfuaid. */
export const uaCorrPrefix: PdfRule = {
  id: 'pdfua-5-t05',
  impact: 'minor',
  help: 'PDF/UA-1 clause 5: write the PDF/UA identification properties with the prefix pdfuaid (xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/").',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdfuaIdProperties(pdf.xmp ?? '')
      .filter((property) => property.name === 'corr' && property.prefix !== 'pdfuaid')
      .map((property) => ({ message: `The XMP metadata writes ${property.prefix}:corr instead of pdfuaid:corr.` })),
};
