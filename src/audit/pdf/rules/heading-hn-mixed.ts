import { headingKinds } from './heading-kinds.js';
import { elementRule, typeName } from './structure-rule.js';

/** ISO 14289-1 7.4.4 (veraPDF 7.4.4-t03): a document that uses H1–H6 (weakly structured) does not use H too. */
export const headingHnMixed = elementRule({
  id: 'pdfua-7.4.4-t03',
  impact: 'moderate',
  help: 'PDF/UA-1 7.4.4: use either H1–H6 (weak structure) or H (strong structure) for headings, not both.',
  check: (element, pdf) =>
    /^H[1-6]$/.test(element.standardType ?? '') && headingKinds(pdf).usesH ? `${typeName(element)} is used in a document that also uses H.` : undefined,
});
