import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.1 (veraPDF 7.1-t09): the XMP metadata has a non-empty dc:title. */
export const dcTitle: PdfRule = {
  id: 'pdfua-7.1-t09',
  impact: 'serious',
  help: 'PDF/UA-1 7.1: put the document’s title in the XMP metadata as dc:title.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.xmp && /<dc:title>[\s\S]*?<rdf:li[^>]*>\s*[^<\s][\s\S]*?<\/dc:title>/.test(pdf.xmp)
      ? []
      : [{ message: 'The XMP metadata has no dc:title.' }],
};
