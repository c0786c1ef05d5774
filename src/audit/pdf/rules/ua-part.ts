import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';
import { pdfuaIdProperties } from '../pdfua-identification.js';

/** ISO 14289-1 clause 5 (veraPDF 5-t02): the PDF/UA identification's part is 1, the part of ISO 14289 the file claims. */
export const uaPart: PdfRule = {
  id: 'pdfua-5-t02',
  impact: 'moderate',
  help: 'PDF/UA-1 clause 5: a PDF/UA-1 file says pdfuaid:part 1 in its XMP metadata.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdfuaIdProperties(pdf.xmp ?? '')
      .filter((property) => property.name === 'part' && property.value !== '1')
      .map((property) => ({ message: `The XMP metadata says ${property.prefix}:part ${property.value}, not 1.` })),
};
