import { VERAPDF_PDFUA1_RULES, type PdfRule } from '../pdf-rule.js';

/**
 * ISO 14289-1 7.4.2 (veraPDF 7.4.2-t01): numbered headings, in reading order, start at H1 and never
 * go down more than one level at a time (H1 → H3 skips H2). Going back up is free.
 */
export const headingNesting: PdfRule = {
  id: 'pdfua-7.4.2-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 7.4.2: start with H1 and do not skip heading levels on the way down (fix the article’s headings).',
  helpUrl: VERAPDF_PDFUA1_RULES,
  check: (pdf) => {
    let previous = 0;
    return pdf.structure.flatMap((element) => {
      const level = /^H([1-6])$/.exec(element.type)?.[1];
      if (level === undefined) return [];
      const current = Number(level);
      const skipped = current > previous + 1;
      const message =
        previous === 0
          ? `The first heading is ${element.type}, not H1.`
          : `${element.type} follows H${previous}: heading level ${previous + 1} is skipped.`;
      previous = current;
      return skipped ? [{ message, selector: element.path, ...(element.page !== undefined && { page: element.page }) }] : [];
    });
  },
};
