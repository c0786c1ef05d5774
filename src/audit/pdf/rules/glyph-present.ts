import type { FontFact, PageFact } from '../pdf-facts.js';
import { fontRule } from './font-rule.js';

/**
 * ISO 14289-1 7.21.4.1 (veraPDF 7.21.4.1-t02): the embedded program of a font text is rendered in has the glyph of
 * every code shown (code or CID 0, .notdef, always counts as present, as in veraPDF). The glyph is found as ISO 32000-1
 * 9.6.6 says: by name in a Type 1 or CFF program, through the 'cmap' of a TrueType program (9.6.6.4, so a symbolic
 * font is not looked up by a processor's own choice), through the CIDToGIDMap or the CFF charset for a Type0 font.
 * Differs from the profile: codes whose glyph cannot be resolved (a Type0 font with a CMap other than Identity, a glyph
 * name outside WinAnsi and `uniXXXX`, an unreadable program) are not judged rather than guessed; and a font counts as
 * rendered when some of its text on the page is (veraPDF judges each glyph's own text rendering mode; 3 is invisible).
 */
export const glyphPresent = fontRule({
  id: 'pdfua-7.21.4.1-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.4.1: embed a font program that defines every glyph the text shows (subset the font after the text is final).',
  check: (font, page) => {
    const code = firstShown(font, page, (glyph) => !glyph.present);
    return code === undefined ? undefined : `Text in ${font.name} shows ${codeName(font, code)}, whose glyph its embedded font program does not have.`;
  },
});

/** The first code rendered in the font on the page whose glyph matches; undefined when none does. */
export function firstShown(font: FontFact, page: PageFact, matches: (glyph: NonNullable<ReturnType<NonNullable<FontFact['program']>['glyph']>>) => boolean): number | undefined {
  const program = font.program;
  if (!program?.codeBytes || page.marks?.fontsShown.get(font.resourceName) !== true) return undefined;
  const shown = page.marks.codesShown.get(font.resourceName);
  const codes = program.codeBytes === 1 ? shown?.bytes : shown?.pairs;
  let found: number | undefined;
  codes?.some((code) => {
    const glyph = program.glyph(code);
    if (glyph && matches(glyph)) found = code;
    return found !== undefined;
  });
  return found;
}

/** `code 65` or `CID 1234`. */
export function codeName(font: FontFact, code: number): string {
  return font.program?.codeBytes === 2 ? `CID ${code}` : `code ${code}`;
}
