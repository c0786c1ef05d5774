import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.16 (veraPDF 7.16-t01): an encrypted file has /P in its encryption dictionary with bit 10 set (content may be extracted for accessibility). */
export const accessibilityPermission: PdfRule = {
  id: 'pdfua-7.16-t01',
  impact: 'critical',
  help: 'PDF/UA-1 7.16: allow content extraction for accessibility (permission bit 10) when encrypting, e.g. `qpdf --encrypt … --accessibility=y`.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => {
    if (!pdf.encryption) return [];
    const permissions = pdf.encryption.permissions;
    return permissions !== undefined && (permissions & 512) === 512
      ? []
      : [{ message: permissions === undefined ? 'The encryption dictionary has no /P.' : 'The encryption forbids extracting content for accessibility (bit 10 of /P is off): screen readers may be refused the text.' }];
  },
};
