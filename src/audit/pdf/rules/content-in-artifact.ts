import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/** ISO 14289-1 7.1 (veraPDF 7.1-t02): no tagged sequence (with an MCID) stands inside an /Artifact. */
export const contentInArtifact: PdfRule = {
  id: 'pdfua-7.1-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.1: real content cannot be inside an /Artifact sequence; end the artifact before tagging it.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.pages.flatMap(({ page, marks }) =>
      marks && marks.taggedInArtifacts > 0 ? [{ page, message: `Page ${page} has ${marks.taggedInArtifacts} tagged sequence(s) inside an /Artifact.` }] : [],
    ),
};
