import type { PdfRule } from '../pdf-rule.js';

/** PDF/UA-1 7.1 (veraPDF 7.1-t11): a tagged PDF has a structure tree and says it is marked. */
export const pdfTagged: PdfRule = {
  id: 'pdf-tagged',
  impact: 'critical',
  help: 'Produce a tagged PDF (a StructTreeRoot in the catalog and /MarkInfo << /Marked true >>): assistive technology reads the structure tree.',
  helpUrl: 'https://pdfa.org/resource/pdfua-in-a-nutshell/',
  check: (pdf) => [
    ...(pdf.hasStructTreeRoot ? [] : ['The catalog has no StructTreeRoot: the PDF is not tagged.']),
    ...(pdf.marked ? [] : ['The catalog’s /MarkInfo does not say /Marked true.']),
  ],
};
