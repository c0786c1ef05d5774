import { fontRule } from './font-rule.js';

/**
 * ISO 14289-1 7.21.6 (veraPDF 7.21.6-t01): the program of a non-symbolic TrueType font has a non-symbolic 'cmap'
 * subtable for its glyph lookups: one at least, besides a Microsoft Symbol (3,0) one.
 */
export const truetypeCmap = fontRule({
  id: 'pdfua-7.21.6-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.6: embed the non-symbolic TrueType font with a Unicode (3,1) or Macintosh (1,0) cmap subtable.',
  check: (font) => {
    const cmaps = font.cmapSubtables;
    if (font.subtype !== 'TrueType' || font.symbolic || cmaps === undefined) return undefined;
    const enough = cmaps.includes('3,0') ? cmaps.length > 1 : cmaps.length > 0;
    return enough ? undefined : `The non-symbolic TrueType font ${font.name} has no non-symbolic cmap subtable (${cmaps.join(' ') || 'none'}).`;
  },
});
