import { headingKinds } from './heading-kinds.js';
import { elementRule, typeName } from './structure-rule.js';

/** ISO 14289-1 7.4.4 (veraPDF 7.4.4-t02): a document that uses H (strongly structured) does not use H1–H6 too. */
export const headingHMixed = elementRule({
  id: 'pdfua-7.4.4-t02',
  impact: 'moderate',
  help: 'PDF/UA-1 7.4.4: use either H (strong structure) or H1–H6 (weak structure) for headings, not both.',
  check: (element, pdf) =>
    element.standardType === 'H' && headingKinds(pdf).usesHn ? `${typeName(element)} is used in a document that also uses H1–H6.` : undefined,
});
