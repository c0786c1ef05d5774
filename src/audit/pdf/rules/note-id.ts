import { elementRule, typeName } from './structure-rule.js';

/** ISO 14289-1 7.9 (veraPDF 7.9-t01): every Note has a non-empty /ID, so references can point at it. */
export const noteId = elementRule({
  id: 'pdfua-7.9-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.9: give each Note structure element a unique /ID.',
  check: (element) => (element.standardType === 'Note' && !element.id ? `${typeName(element)} has no /ID.` : undefined),
});
