import type { PdfRule } from '../pdf-rule.js';

/** PDF/UA-1 7.1 (veraPDF 7.1-t09, 7.1-t10): dc:title in the XMP, shown in the title bar (DisplayDocTitle). */
export const pdfTitle: PdfRule = {
  id: 'pdf-title',
  impact: 'serious',
  help: 'Put the title in the XMP metadata (dc:title) and set /ViewerPreferences << /DisplayDocTitle true >>.',
  helpUrl: 'https://pdfa.org/resource/pdfua-in-a-nutshell/',
  check: (pdf) => [
    ...(pdf.xmp && /<dc:title>[\s\S]*?<rdf:li[^>]*>[^<\s][\s\S]*?<\/dc:title>/.test(pdf.xmp) ? [] : ['The XMP metadata has no dc:title.']),
    ...(pdf.displayDocTitle ? [] : ['DisplayDocTitle is not true: viewers show the file name instead of the title.']),
  ],
};
