import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.11 (veraPDF 7.11-t01): the file specification of an embedded file has non-empty /F and /UF. */
export const embeddedFileNames: PdfRule = {
  id: 'pdfua-7.11-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 7.11: give each embedded file’s specification both /F and /UF (its file name).',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.document.embeddedFiles
      .filter((file) => !file.f || !file.uf)
      .map((file) => ({ message: `An embedded file${file.f || file.uf ? ` (${file.f || file.uf})` : ''} lacks /${!file.f ? 'F' : 'UF'} in its file specification.` })),
};
