import { getElementsByTagName } from 'domutils';
import { PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { parseFragment } from '../markup/html-tree.js';
import { structureElements, structureType, type StructureElement } from './structure-tree.js';

/** The spoken form (`alttext`) of each `<math>` of the article, in document order: the Formulas' /Alt. */
export function formulaAltsOf(articleHtml: string): string[] {
  return getElementsByTagName('math', parseFragment(articleHtml).children, true)
    .map((math) => (math.attribs['alttext'] ?? '').replace(/\s+/g, ' ').trim())
    .filter((alt) => alt !== '');
}

/**
 * The print page gives each `<math>` `role="img"` and its spoken form as label (src/render/print-math.ts), so Chromium
 * tags it as a Figure with that /Alt. A formula is not a picture: each such Figure — one whose /Alt is a formula's
 * spoken form, taken in document order — is retagged `Formula` (ISO 32000-1, 14.8.4.5), keeping its /Alt, which
 * PDF/UA-1 (7.7) asks of every Formula. Returns how many were retagged. `elements`: the tree as `structureElements`
 * read it, when the caller has it.
 */
export function tagFormulas(pdf: PDFDocument, formulaAlts: readonly string[], elements: readonly StructureElement[] = structureElements(pdf)): number {
  let next = 0;
  let retagged = 0;
  for (const element of elements) {
    if (next >= formulaAlts.length) break;
    // The type as it is now: `elements` may have been read before figures were regrouped (retagged Div).
    if (structureType(element.dict) !== 'Figure') continue;
    const alt = element.dict.get(PDFName.of('Alt'));
    const text = alt instanceof PDFString || (alt && 'decodeText' in alt) ? (alt as PDFString).decodeText().replace(/\s+/g, ' ').trim() : '';
    if (text !== formulaAlts[next]) continue;
    element.dict.set(PDFName.of('S'), PDFName.of('Formula'));
    next += 1;
    retagged += 1;
  }
  return retagged;
}
