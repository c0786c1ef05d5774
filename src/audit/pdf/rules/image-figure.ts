import type { PdfRule, PdfViolation } from '../pdf-rule.js';

/** Structure types whose content may be an image: a picture, a formula drawn as one, a form field's appearance. */
const IMAGE_TYPES = new Set(['Figure', 'Formula', 'Form']);

/**
 * ISO 14289-1 7.3, Matterhorn Protocol checkpoint 13 (failure condition 13-001): an image that is
 * real content is tagged as a Figure (or Formula, or Form), or sits inside one; only then is it
 * announced, with its /Alt. An image in any other element (a Span, a P, a NonStruct) is passed over.
 * veraPDF has no test for it (Matterhorn calls it a human check): the id names the clause and what it checks.
 *
 * Only image XObjects and inline images count, also inside form XObjects; vector drawings (an SVG
 * drawn as paths) cannot be told from other graphics. Untagged images are pdfua-7.1-t03's, and an
 * MCID the structure tree does not know is not judged here.
 */
export const imageFigure: PdfRule = {
  id: 'pdfua-7.3-image-figure',
  impact: 'serious',
  help: 'PDF/UA-1 7.3 (Matterhorn checkpoint 13-001): tag each image that is content as a Figure (or put it inside one) with /Alt; tag decoration as an /Artifact.',
  helpUrl: 'https://pdfa.org/resource/the-matterhorn-protocol/',
  check: (pdf) =>
    pdf.pages.flatMap(({ page, images }) => {
      const violations = new Map<string, PdfViolation>();
      for (const image of images ?? []) {
        const element = image.element;
        if (image.artifact || !element || element.standardTypes.some((type) => IMAGE_TYPES.has(type))) continue;
        if (violations.has(element.path)) continue;
        const [standard] = element.standardTypes;
        const type = standard !== undefined && standard !== element.type ? `${element.type} (role-mapped to ${standard})` : element.type || '(no type)';
        violations.set(element.path, {
          page,
          selector: element.path,
          message: `An image is tagged as ${type}, not as a Figure with Alt: assistive technology will not announce it.`,
        });
      }
      return [...violations.values()];
    }),
};
