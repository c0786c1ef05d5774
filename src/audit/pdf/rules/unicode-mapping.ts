import { fontRule } from './font-rule.js';

/** Character collections whose CIDs have known Unicode values (ISO 14289-1, 7.21.7). */
const KNOWN_COLLECTIONS = new Set(['GB1', 'CNS1', 'Japan1', 'Korea1']);
/** Simple-font encodings whose codes name glyphs of the Adobe Glyph List. */
const STANDARD_ENCODINGS = new Set(['WinAnsiEncoding', 'MacRomanEncoding', 'StandardEncoding', 'MacExpertEncoding']);

/**
 * ISO 14289-1 7.21.7 (veraPDF 7.21.7-t01): the text of every font can be mapped to Unicode: a /ToUnicode CMap, or
 * a non-symbolic simple font with a standard encoding, or a Type0 font of an Adobe-GB1/CNS1/Japan1/Korea1 CIDFont.
 * Judged per font shown, not per glyph as veraPDF does: a Differences array counts as standard (its glyph names are
 * not checked against the Adobe Glyph List).
 */
export const unicodeMapping = fontRule({
  id: 'pdfua-7.21.7-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.7: give each font a /ToUnicode CMap, so its text can be read out and searched.',
  check: (font) => {
    if (font.hasToUnicode) return undefined;
    if (font.subtype === 'Type0') {
      return font.cidFont?.registry === 'Adobe' && KNOWN_COLLECTIONS.has(font.cidFont.ordering ?? '') ? undefined : `The font ${font.name} has no /ToUnicode and an Identity character collection: its text has no Unicode values.`;
    }
    const standard = !font.symbolic && (font.encoding === undefined ? font.subtype === 'Type1' || font.subtype === 'MMType1' : STANDARD_ENCODINGS.has(font.encoding));
    return standard ? undefined : `The font ${font.name} (${font.subtype}${font.symbolic ? ', symbolic' : ''}) has no /ToUnicode: its text has no Unicode values.`;
  },
});
