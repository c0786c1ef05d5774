import { fontRule } from './font-rule.js';

/**
 * ISO 14289-1 7.21.4.2 (veraPDF 7.21.4.2-t02): the /CIDSet of an embedded subset CIDFont identifies every CID its font
 * program has. Checked for TrueType CIDFonts (glyphs with an outline, through the CIDToGIDMap); CFF CIDFonts are not
 * read, and a CIDSet listing more CIDs than the program has is let through.
 */
export const cidSet = fontRule({
  id: 'pdfua-7.21.4.2-t02',
  impact: 'moderate',
  help: 'PDF/UA-1 7.21.4.2: make the font descriptor’s /CIDSet list every CID of the subset font (or remove /CIDSet).',
  check: (font) => (font.cidSetMissing ? `The font ${font.name}: its /CIDSet leaves out ${font.cidSetMissing} CID(s) its font program has.` : undefined),
});
