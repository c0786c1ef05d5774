import { fontRule } from './font-rule.js';

/** ISO 14289-1 7.21.6 (veraPDF 7.21.6-t04): the program of a symbolic TrueType font has exactly one 'cmap' subtable, or a Microsoft Symbol (3,0) one. */
export const symbolicTruetypeCmap = fontRule({
  id: 'pdfua-7.21.6-t04',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.6: embed the symbolic TrueType font with a single cmap subtable, or with a Microsoft Symbol (3,0) one.',
  check: (font) => {
    const cmaps = font.cmapSubtables;
    if (font.subtype !== 'TrueType' || !font.symbolic || cmaps === undefined) return undefined;
    return cmaps.length === 1 || cmaps.includes('3,0') ? undefined : `The symbolic TrueType font ${font.name} has ${cmaps.length} cmap subtables (${cmaps.join(' ') || 'none'}) and no (3,0) one.`;
  },
});
