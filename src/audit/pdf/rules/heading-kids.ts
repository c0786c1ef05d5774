import { elementRule, kidTypes, typeName } from './structure-rule.js';

/** ISO 14289-1 7.4.4 (veraPDF 7.4.4-t01): a node of the structure tree holds at most one H (strongly structured heading) kid. */
export const headingKids = elementRule({
  id: 'pdfua-7.4.4-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 7.4.4: in a strongly structured document each section (Sect, Div…) has one H; nest the sections.',
  check: (element, pdf) => {
    const count = kidTypes(element, pdf).filter((type) => type === 'H').length;
    return count <= 1 ? undefined : `${typeName(element)} holds ${count} H headings.`;
  },
});
