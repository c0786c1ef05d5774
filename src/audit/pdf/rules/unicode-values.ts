import { fontRule } from './font-rule.js';

/**
 * ISO 14289-1 7.21.7 (veraPDF 7.21.7-t02): no code text shows maps to U+0000, U+FEFF or U+FFFE in the font's
 * ToUnicode CMap. As in veraPDF, only codes shown count. Differs from the profile on purpose: a code shown inside a
 * marked-content sequence with /ActualText is let through, as the text is read from the ActualText (ISO 32000-1,
 * 14.9.4) and the ToUnicode value never is. Chromium prints each soft hyphen as an invisible glyph mapped to U+0000,
 * inside `/Span <</ActualText …>>`: veraPDF may report those.
 */
export const unicodeValues = fontRule({
  id: 'pdfua-7.21.7-t02',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.7: map no character code to U+0000, U+FEFF or U+FFFE in /ToUnicode.',
  check: (font, page) => {
    const shown = page.marks?.codesRead.get(font.resourceName);
    const code = font.forbiddenUnicodeCodes?.find((candidate) => (candidate.bytes === 1 ? shown?.bytes : shown?.pairs)?.has(candidate.code) ?? font.inForm);
    return code === undefined ? undefined : `Text in ${font.name} shows code ${code.code.toString(16)}, which its /ToUnicode maps to U+0000, U+FEFF or U+FFFE.`;
  },
});
