import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.18.3 (veraPDF 7.18.3-t01): a page with annotations has `/Tabs /S` (tab order = structure order). */
export const annotationTabOrder: PdfRule = {
  id: 'pdfua-7.18.3-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 7.18.3: set /Tabs /S on every page that has annotations, so links are reached in reading order.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.pages
      .filter((page) => page.annotations.length > 0 && page.tabs !== 'S')
      .map(({ page, tabs }) => ({ page, message: `Page ${page} has annotations but its /Tabs is ${tabs ? `/${tabs}` : 'not set'}, not /S.` })),
};
