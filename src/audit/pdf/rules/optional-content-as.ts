import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.10 (veraPDF 7.10-t02): no optional content configuration has an /AS (automatic state) entry. */
export const optionalContentAs: PdfRule = {
  id: 'pdfua-7.10-t02',
  impact: 'moderate',
  help: 'PDF/UA-1 7.10: remove /AS from the optional content configurations: layers must not change by themselves.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.document.optionalContentConfigs.filter((config) => config.hasAS).map(() => ({ message: 'An optional content configuration has an /AS entry.' })),
};
