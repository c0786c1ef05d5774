import { fontRule } from './font-rule.js';
import { PREDEFINED_CMAPS } from './predefined-cmaps.js';

/** ISO 14289-1 7.21.3.3 (veraPDF 7.21.3.3-t01): a CMap other than the predefined ones (ISO 32000-1, Table 118) is embedded. */
export const cmapEmbedded = fontRule({
  id: 'pdfua-7.21.3.3-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.3.3: embed the CMap of each Type0 font (a stream as its /Encoding), unless it is a predefined one such as Identity-H.',
  check: (font) => (font.cmap && !font.cmap.embedded && !PREDEFINED_CMAPS.has(font.cmap.name) ? `The font ${font.name} uses the CMap ${font.cmap.name}, neither predefined nor embedded.` : undefined),
});
