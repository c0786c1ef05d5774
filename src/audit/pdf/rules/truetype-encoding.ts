import { fontRule } from './font-rule.js';

/**
 * ISO 14289-1 7.21.6 (veraPDF 7.21.6-t02): a non-symbolic TrueType font has MacRomanEncoding or WinAnsiEncoding (as
 * /Encoding or its /BaseEncoding). Differs from the profile: a /Differences array is accepted without checking its
 * glyph names against the Adobe Glyph List and the font program's (3,1) cmap, which Colophon does not read.
 */
export const truetypeEncoding = fontRule({
  id: 'pdfua-7.21.6-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.6: give non-symbolic TrueType fonts /Encoding /WinAnsiEncoding (or /MacRomanEncoding).',
  check: (font) =>
    font.subtype === 'TrueType' && !font.symbolic && font.encoding !== 'WinAnsiEncoding' && font.encoding !== 'MacRomanEncoding'
      ? `The non-symbolic TrueType font ${font.name} has ${font.encoding ? `/Encoding ${font.encoding}` : 'no /Encoding'}, not WinAnsiEncoding or MacRomanEncoding.`
      : undefined,
});
