import type { PdfRule } from '../pdf-rule.js';

/** PDF/UA-1 5 (veraPDF 5-t01, 7.1-t08): catalog Metadata holds the PDF/UA identifier pdfuaid:part 1. */
export const pdfUaIdentifier: PdfRule = {
  id: 'pdf-ua-identifier',
  impact: 'moderate',
  help: 'Write XMP metadata with pdfuaid:part 1 (namespace http://www.aiim.org/pdfua/ns/id/) and link it from the catalog’s /Metadata.',
  helpUrl: 'https://pdfa.org/resource/pdfua-in-a-nutshell/',
  check: (pdf) => {
    if (!pdf.xmp) return ['The catalog has no XMP /Metadata stream.'];
    return /pdfuaid:part(>|\s*=\s*["'])1/.test(pdf.xmp) ? [] : ['The XMP metadata has no pdfuaid:part 1: the file does not identify as PDF/UA.'];
  },
};
