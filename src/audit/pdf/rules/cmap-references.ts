import { fontRule } from './font-rule.js';
import { PREDEFINED_CMAPS } from './predefined-cmaps.js';

/** ISO 14289-1 7.21.3.3 (veraPDF 7.21.3.3-t03): an embedded CMap uses (/UseCMap) no CMap other than a predefined one. */
export const cmapReferences = fontRule({
  id: 'pdfua-7.21.3.3-t03',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.3.3: an embedded CMap may build on (/UseCMap) a predefined CMap only; merge other CMaps into it.',
  check: (font) =>
    font.cmap?.uses !== undefined && !PREDEFINED_CMAPS.has(font.cmap.uses) ? `The font ${font.name}: its CMap uses ${font.cmap.uses || 'an unnamed CMap'}, which is not a predefined CMap.` : undefined,
});
