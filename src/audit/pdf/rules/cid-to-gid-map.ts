import { fontRule } from './font-rule.js';

/** ISO 14289-1 7.21.3.2 (veraPDF 7.21.3.2-t01): an embedded CIDFontType2 has a /CIDToGIDMap that is /Identity or a stream. */
export const cidToGidMap = fontRule({
  id: 'pdfua-7.21.3.2-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.3.2: give each embedded TrueType CIDFont a /CIDToGIDMap (/Identity or a stream).',
  check: (font) =>
    font.cidFont?.subtype === 'CIDFontType2' && font.embedded && !font.cidFont.hasCidToGidMap ? `The font ${font.name} has no valid /CIDToGIDMap.` : undefined,
});
