import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.18.5 (veraPDF 7.18.5-t02): every Link annotation has a /Contents description. */
export const linkContents: PdfRule = {
  id: 'pdfua-7.18.5-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.18.5: give each Link annotation a /Contents that describes it (its text or target).',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.pages.flatMap(({ page, annotations }) =>
      annotations
        .filter((annotation) => annotation.subtype === 'Link' && !annotation.contents?.trim())
        .map((annotation) => ({ page, message: `A link${annotation.target ? ` to ${annotation.target}` : ''} on page ${page} has no /Contents.` })),
    ),
};
