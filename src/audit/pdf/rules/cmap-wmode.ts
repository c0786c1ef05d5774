import { fontRule } from './font-rule.js';

/** ISO 14289-1 7.21.3.3 (veraPDF 7.21.3.3-t02): an embedded CMap's /WMode in its dictionary is the same as in the CMap program. */
export const cmapWMode = fontRule({
  id: 'pdfua-7.21.3.3-t02',
  impact: 'moderate',
  help: 'PDF/UA-1 7.21.3.3: make the embedded CMap’s /WMode agree with the /WMode its CMap program defines.',
  check: (font) =>
    font.cmap?.embedded && font.cmap.dictWMode !== font.cmap.streamWMode ? `The font ${font.name}: its CMap says /WMode ${font.cmap.dictWMode} in its dictionary and ${font.cmap.streamWMode} in its program.` : undefined,
});
