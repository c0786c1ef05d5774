import { fontRule } from './font-rule.js';

/** ISO 14289-1 7.21.6 (veraPDF 7.21.6-t03): a symbolic TrueType font has no /Encoding (its cmap table maps the codes). */
export const symbolicTruetypeEncoding = fontRule({
  id: 'pdfua-7.21.6-t03',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.6: remove /Encoding from symbolic TrueType fonts.',
  check: (font) => (font.subtype === 'TrueType' && font.symbolic && font.encoding !== undefined ? `The symbolic TrueType font ${font.name} has an /Encoding.` : undefined),
});
