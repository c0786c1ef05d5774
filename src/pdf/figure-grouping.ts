import { PDFName, type PDFDocument } from 'pdf-lib';
import { structureElements, type StructureElement } from './structure-tree.js';

/**
 * Chromium tags `<figure>` as a Figure without /Alt wrapping the `<img>`'s Figure (which has the
 * alt text) and the Caption. Validators then see an Alt-less Figure (PDF/UA-1 7.3, veraPDF 7.3-t01),
 * and moving the Alt up would hide the caption: assistive technology reads a Figure's Alt *instead of*
 * everything inside it. So a Figure that contains another Figure is retagged `Div`, the standard
 * grouping element: one Figure with /Alt remains, and its Caption stays readable next to it.
 * Returns how many elements were retagged. `elements`: the tree as `structureElements` read it, when the caller has it.
 */
export function regroupNestedFigures(pdf: PDFDocument, elements: readonly StructureElement[] = structureElements(pdf)): number {
  const figures = elements.filter((element) => element.type === 'Figure');
  const grouping = new Set(figures.flatMap((figure) => figureAncestors(figure)));
  for (const element of grouping) element.dict.set(PDFName.of('S'), PDFName.of('Div'));
  return grouping.size;
}

function figureAncestors(element: StructureElement): StructureElement[] {
  const ancestors: StructureElement[] = [];
  for (let parent = element.parent; parent; parent = parent.parent) if (parent.type === 'Figure') ancestors.push(parent);
  return ancestors;
}
