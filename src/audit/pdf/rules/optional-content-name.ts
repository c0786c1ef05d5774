import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.10 (veraPDF 7.10-t01): each optional content configuration (/D and /Configs) has a non-empty /Name. */
export const optionalContentName: PdfRule = {
  id: 'pdfua-7.10-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 7.10: name each optional content configuration (/Name in /OCProperties /D and /Configs), so users can choose layers.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.document.optionalContentConfigs.filter((config) => !config.name).map(() => ({ message: 'An optional content configuration has no /Name (or an empty one).' })),
};
