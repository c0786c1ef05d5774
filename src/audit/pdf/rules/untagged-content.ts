import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/**
 * ISO 14289-1 7.1 (veraPDF 7.1-t03): every mark on a page (text shown, path painted, image,
 * XObject, shading) is inside a tagged marked-content sequence (one with an MCID) or an /Artifact.
 * Form XObjects are judged by the `Do` that paints them, not looked into.
 */
export const untaggedContent: PdfRule = {
  id: 'pdfua-7.1-t03',
  impact: 'serious',
  help: 'PDF/UA-1 7.1: tag all real content, and wrap what is not (running heads, page numbers, backgrounds) in /Artifact BMC … EMC.',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) =>
    pdf.pages.flatMap(({ page, untaggedMarks, contentError }) => {
      if (contentError) return [{ page, message: `The content of page ${page} could not be read (${contentError}).` }];
      if (!untaggedMarks || untaggedMarks.length === 0) return [];
      const kinds = new Map<string, number>();
      for (const mark of untaggedMarks) kinds.set(mark.kind, (kinds.get(mark.kind) ?? 0) + 1);
      const detail = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ');
      return [{ page, message: `Page ${page} has ${untaggedMarks.length} marks neither tagged nor marked as artifacts (${detail}).` }];
    }),
};
