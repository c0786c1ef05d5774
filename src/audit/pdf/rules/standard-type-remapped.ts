import { elementRule } from './structure-rule.js';

/** ISO 14289-1 7.1 (veraPDF 7.1-t07): standard structure types are not remapped in /RoleMap. */
export const standardTypeRemapped = elementRule({
  id: 'pdfua-7.1-t07',
  impact: 'serious',
  help: 'PDF/UA-1 7.1: remove /RoleMap entries for standard types (Document, P, LI…); only custom types are mapped.',
  check: (element) => (element.remapped ? `The standard type ${element.type} is remapped in /RoleMap.` : undefined),
});
