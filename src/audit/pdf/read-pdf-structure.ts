import { PDFHexString, PDFName, PDFString, type PDFDict, type PDFDocument } from 'pdf-lib';
import { structureElements, type StructureElement } from '../../pdf/structure-tree.js';
import type { StructureFact } from './pdf-facts.js';

/**
 * Every structure element with what the rules ask of it: its /P, /Alt and /ActualText, and its page
 * (its own /Pg, else that of the first element inside it that has one).
 */
export function readStructureFacts(pdf: PDFDocument): StructureFact[] {
  const elements = structureElements(pdf);
  return elements.map((element, index) => {
    const fact: StructureFact = { type: element.type, path: element.path, hasParentEntry: element.dict.has(PDFName.of('P')) };
    const page = element.page ?? firstPageInside(elements, index);
    if (page !== undefined) fact.page = page;
    const alt = textEntry(element.dict, 'Alt');
    if (alt !== undefined) fact.alt = alt;
    const actualText = textEntry(element.dict, 'ActualText');
    if (actualText !== undefined) fact.actualText = actualText;
    return fact;
  });
}

/** Descendants follow their element in depth-first order: look until the first element outside it. */
function firstPageInside(elements: readonly StructureElement[], index: number): number | undefined {
  const prefix = `${elements[index]?.path}/`;
  for (let at = index + 1; at < elements.length && elements[at]?.path.startsWith(prefix); at += 1) {
    const page = elements[at]?.page;
    if (page !== undefined) return page;
  }
  return undefined;
}

function textEntry(dict: PDFDict, key: string): string | undefined {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}
