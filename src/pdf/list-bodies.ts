import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { isStructureElement, structureElements, structureType, type StructureElement } from './structure-tree.js';

/** What may stand in a LI (ISO 32000-1, 14.8.4.3.3): its label, and the body that holds the item's contents. */
const LIST_ITEM_PARTS = new Set(['Lbl', 'LBody']);

/**
 * Chromium tags a list item as `LI` holding its marker as `Lbl` (a bullet drawn as a path, or the number as text)
 * and then the item's contents directly — a `NonStruct` for bare text, `P` for a loose item, a nested `L` —
 * where PDF/UA-1 (7.2; ISO 32000-1, 14.8.4.3.3; veraPDF 7.2-t20) wants them in an `LBody`. Each run of such kids
 * is moved, in order, into a new `LBody` that takes its place in the LI; Lbl and LBody kids stay where they are.
 * Only the structure tree changes (no content stream is read), and the kids keep their marked content, so the
 * ParentTree stays right. Marked content or object references held by the LI itself, and direct (not indirect)
 * kids — Chromium writes none of these in a LI — are left where they are: moving marked content would mean rewriting
 * the ParentTree. Returns how many LBody elements were made. `elements`: the tree as `structureElements` read it,
 * when the caller has it (the LBody elements made are not added to it).
 */
export function wrapListBodies(pdf: PDFDocument, elements: readonly StructureElement[] = structureElements(pdf)): number {
  let made = 0;
  for (const item of elements) {
    if (item.type !== 'LI' || !item.ref) continue;
    const kids = item.dict.get(PDFName.of('K'));
    const entries = kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids];
    const rebuilt: PDFObject[] = [];
    let run: PDFRef[] = [];
    const closeRun = (): void => {
      if (run.length === 0) return;
      rebuilt.push(listBody(pdf, item.ref!, run));
      made += 1;
      run = [];
    };
    for (const entry of entries) {
      const kid = entry instanceof PDFRef ? pdf.context.lookup(entry) : entry;
      const element = kid instanceof PDFDict && isStructureElement(kid) ? kid : undefined;
      if (entry instanceof PDFRef && element && !LIST_ITEM_PARTS.has(structureType(element))) {
        run.push(entry);
        continue;
      }
      closeRun();
      rebuilt.push(entry);
    }
    closeRun();
    if (rebuilt.length !== entries.length || rebuilt.some((entry, index) => entry !== entries[index])) {
      item.dict.set(PDFName.of('K'), rebuilt.length === 1 ? rebuilt[0]! : pdf.context.obj(rebuilt));
    }
  }
  return made;
}

/** A new LBody under the LI `parent`, holding `kids` (indirect structure elements), which now name it as their parent. */
function listBody(pdf: PDFDocument, parent: PDFRef, kids: PDFRef[]): PDFRef {
  const body = pdf.context.register(
    pdf.context.obj({ Type: 'StructElem', S: 'LBody', P: parent, K: kids.length === 1 ? kids[0]! : kids }),
  );
  for (const kid of kids) pdf.context.lookup(kid, PDFDict).set(PDFName.of('P'), body);
  return body;
}
