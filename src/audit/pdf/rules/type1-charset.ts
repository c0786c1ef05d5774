import { fontRule } from './font-rule.js';

/**
 * ISO 14289-1 7.21.4.2 (veraPDF 7.21.4.2-t01): the /CharSet of an embedded subset Type 1 font (FontFile, or CFF in
 * FontFile3) lists the names of exactly the glyphs its program has, .notdef aside: veraPDF's charSetListsAllGlyphs
 * compares the two sets. The program's private part (Type 1) is eexec-decrypted to read its /CharStrings. Judged for
 * fonts text is shown in, as veraPDF reaches fonts through the content. Differs from the profile: a program that cannot
 * be read is not judged (veraPDF fails the font).
 */
export const type1CharSet = fontRule({
  id: 'pdfua-7.21.4.2-t01',
  impact: 'moderate',
  help: 'PDF/UA-1 7.21.4.2: make the font descriptor’s /CharSet name every glyph of the embedded Type 1 subset and no other (or remove /CharSet).',
  check: (font) => {
    const charSet = font.program?.charSet();
    if (!charSet || (charSet.unlisted.length === 0 && charSet.notInProgram.length === 0)) return undefined;
    const parts = [
      charSet.unlisted.length > 0 ? `leaves out ${list(charSet.unlisted)}, which its font program has` : '',
      charSet.notInProgram.length > 0 ? `lists ${list(charSet.notInProgram)}, which its font program does not have` : '',
    ].filter(Boolean);
    return `The font ${font.name}: its /CharSet ${parts.join(', and ')}.`;
  },
});

function list(names: string[]): string {
  const shown = names.slice(0, 5).map((name) => `/${name}`).join(' ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}
