import { elementRule } from './structure-rule.js';

/** ISO 14289-1 7.1 (veraPDF 7.1-t06): /RoleMap has no circular mapping (`/LI /LI` included). */
export const circularRoleMap = elementRule({
  id: 'pdfua-7.1-t06',
  impact: 'serious',
  help: 'PDF/UA-1 7.1: remove the circular entries of /RoleMap; each custom type maps, in the end, to a standard type.',
  check: (element) => (element.circularMapping ? `The role mapping of ${element.type} goes round in a circle.` : undefined),
});
