import { fontRule } from './font-rule.js';

/**
 * ISO 14289-1 7.21.3.1 (veraPDF 7.21.3.1-t01): a Type0 font whose CMap is not Identity-H/V has a CIDFont with the
 * same CIDSystemInfo Registry and Ordering as the CMap, and a Supplement no greater than the CMap's.
 */
export const cidSystemInfo = fontRule({
  id: 'pdfua-7.21.3.1-t01',
  impact: 'serious',
  help: 'PDF/UA-1 7.21.3.1: make the CIDFont’s CIDSystemInfo (Registry, Ordering, Supplement) agree with its CMap’s, or use Identity-H.',
  check: (font) => {
    const { cmap, cidFont } = font;
    if (font.subtype !== 'Type0' || !cmap || !cidFont || cmap.name === 'Identity-H' || cmap.name === 'Identity-V') return undefined;
    const agrees =
      cidFont.ordering !== undefined &&
      cidFont.ordering === cmap.ordering &&
      cidFont.registry !== undefined &&
      cidFont.registry === cmap.registry &&
      cidFont.supplement !== undefined &&
      cmap.supplement !== undefined &&
      cidFont.supplement <= cmap.supplement;
    return agrees ? undefined : `The font ${font.name}: its CIDFont’s CIDSystemInfo (${cidFont.registry}-${cidFont.ordering}-${cidFont.supplement}) does not agree with its CMap ${cmap.name} (${cmap.registry}-${cmap.ordering}-${cmap.supplement}).`;
  },
});
