import { fontRule } from './font-rule.js';
import { codeName, firstShown } from './glyph-present.js';

/** veraPDF's tolerance: |widthFromFontProgram − widthFromDictionary| ≤ 1 (thousandths of text space). */
const TOLERANCE = 1;

/**
 * ISO 14289-1 7.21.5 (veraPDF 7.21.5-t01): for each glyph rendered in an embedded font, the width the font dictionary
 * gives (/Widths, else /MissingWidth; /W, else /DW) and the advance width in the font program (TrueType 'hmtx' scaled
 * to 1000 units per em; CFF and Type 1 charstring widths through the /FontMatrix) differ by at most 1 unit.
 * Differs from the profile: a glyph the program lacks has no program width here (7.21.4.1-t02 reports it), and codes
 * not resolved to a glyph are not judged (see glyph-present.ts).
 */
export const glyphWidths = fontRule({
  id: 'pdfua-7.21.5-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 7.21.5: make the font dictionary’s /Widths (or /W) agree with the advance widths of the embedded font program.',
  check: (font, page) => {
    const mismatch = (glyph: { programWidth?: number; dictionaryWidth?: number }): boolean =>
      glyph.programWidth !== undefined && glyph.dictionaryWidth !== undefined && Math.abs(glyph.programWidth - glyph.dictionaryWidth) > TOLERANCE;
    const code = firstShown(font, page, mismatch);
    if (code === undefined) return undefined;
    const glyph = font.program!.glyph(code)!;
    return `Text in ${font.name} shows ${codeName(font, code)}: its width is ${round(glyph.dictionaryWidth!)} in the font dictionary and ${round(glyph.programWidth!)} in the embedded font program.`;
  },
});

function round(width: number): string {
  return String(Math.round(width * 100) / 100);
}
