import { fontRule } from './font-rule.js';

/**
 * ISO 14289-1 7.21.8 (veraPDF 7.21.8-t01): no text-showing operator shows the .notdef glyph. Colophon sees it where
 * the file says it: CID 0 of a Type0 font with an Identity CMap (CID 0 is .notdef, also through an Identity
 * CIDToGIDMap), and codes a simple font's /Differences maps to /.notdef. A glyph missing from the font program (which
 * renders as .notdef) is reported by pdfua-7.21.4.1-t02 (glyph-present.ts), not here.
 */
export const notdefGlyph = fontRule({
  id: 'pdfua-7.21.8-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.8: show no .notdef glyph: fix the text or the font so each code maps to a real glyph.',
  check: (font, page) => {
    const shown = page.marks?.codesShown.get(font.resourceName);
    if (!shown) return undefined;
    const identity = font.cmap?.name === 'Identity-H' || font.cmap?.name === 'Identity-V';
    if (font.subtype === 'Type0' && identity && shown.pairs.has(0)) return `Text in ${font.name} shows CID 0, the .notdef glyph.`;
    const code = font.notdefCodes?.find((candidate) => shown.bytes.has(candidate));
    return code === undefined ? undefined : `Text in ${font.name} shows code ${code}, which its /Differences maps to .notdef.`;
  },
});
