import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.1 (veraPDF 7.1-t01): no /Artifact sequence stands inside tagged (real) content. */
export const artifactInContent: PdfRule = {
  id: 'pdfua-7.1-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.1: close the tagged sequence before an /Artifact; an artifact cannot be part of real content.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.pages.flatMap(({ page, marks }) =>
      marks && marks.artifactsInTagged > 0 ? [{ page, message: `Page ${page} has ${marks.artifactsInTagged} /Artifact sequence(s) inside tagged content.` }] : [],
    ),
};
