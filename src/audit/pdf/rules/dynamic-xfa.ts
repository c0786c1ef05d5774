import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.15 (veraPDF 7.15-t01): no dynamic XFA form (`<dynamicRender>required</dynamicRender>`). */
export const dynamicXfa: PdfRule = {
  id: 'pdfua-7.15-t01',
  impact: 'critical',
  help: 'PDF/UA-1 7.15: replace the dynamic XFA form with an AcroForm (tagged form fields).',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => (pdf.document.xfaDynamicRender ? [{ message: 'The form is a dynamic XFA form (dynamicRender required).' }] : []),
};
