import { elementRule } from './structure-rule.js';

/** ISO 14289-1 7.1 (veraPDF 7.1-t05): every non-standard structure type is mapped (possibly through others) to a standard type in /RoleMap. */
export const roleMappedToStandard = elementRule({
  id: 'pdfua-7.1-t05',
  impact: 'serious',
  help: 'PDF/UA-1 7.1: map each custom structure type to a standard one in the StructTreeRoot’s /RoleMap (standard types are case-sensitive: /P, not /p).',
  check: (element) => (element.standardType === undefined && !element.circularMapping ? `The structure type ${element.type || '(none)'} is not mapped to a standard type.` : undefined),
});
