import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument } from 'pdf-lib';

/** One structure element of the tagged PDF, with where it is in the tree. */
export interface StructureElement {
  dict: PDFDict;
  /** Its indirect reference, when the tree reaches it through one (Chromium's elements are all indirect). */
  ref?: PDFRef;
  /** Structure type (`/S`): `Document`, `H1`, `Figure`… */
  type: string;
  /** Path from the root, each step the type and its rank among same-type siblings: `Document[1]/Art[1]/Figure[1]`. */
  path: string;
  parent?: StructureElement;
  /** 1-based page number of its `/Pg`, if it has one on a page of this document. */
  page?: number;
}

/**
 * The structure elements under the catalog's StructTreeRoot, depth first in document order
 * (the reading order). Marked-content and object references (`MCR`, `OBJR`, MCIDs) are not elements
 * and are skipped; an element reached twice (a malformed tree) is listed once.
 */
export function structureElements(pdf: PDFDocument): StructureElement[] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return [];
  const pages = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const elements: StructureElement[] = [];
  const seen = new Set<PDFDict>();
  const visit = (kids: ChildEntry[], parent: StructureElement | undefined): void => {
    const ranks = new Map<string, number>();
    for (const { dict, ref } of kids) {
      if (seen.has(dict)) continue;
      seen.add(dict);
      const type = structureType(dict);
      const rank = (ranks.get(type) ?? 0) + 1;
      ranks.set(type, rank);
      const element: StructureElement = { dict, type, path: `${parent ? `${parent.path}/` : ''}${type}[${rank}]` };
      if (parent) element.parent = parent;
      if (ref) element.ref = ref;
      const pageRef = dict.get(PDFName.of('Pg'));
      const page = pageRef instanceof PDFRef ? pages.get(pageRef.toString()) : undefined;
      if (page !== undefined) element.page = page;
      elements.push(element);
      visit(childEntries(pdf, dict), element);
    }
  };
  visit(childEntries(pdf, root), undefined);
  return elements;
}

/** The structure elements among a node's `/K` (a dictionary, a reference, an MCID, or an array of these). */
export function childElements(pdf: PDFDocument, node: PDFDict): PDFDict[] {
  return childEntries(pdf, node).map((entry) => entry.dict);
}

interface ChildEntry {
  dict: PDFDict;
  ref?: PDFRef;
}

/** `childElements`, each with the reference it is reached through (none for a direct dictionary). */
function childEntries(pdf: PDFDocument, node: PDFDict): ChildEntry[] {
  const kids = node.get(PDFName.of('K'));
  const items = kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids];
  return items.flatMap((item): ChildEntry[] => {
    const dict = item instanceof PDFRef ? pdf.context.lookup(item) : item;
    if (!(dict instanceof PDFDict && isStructureElement(dict))) return [];
    return [item instanceof PDFRef ? { dict, ref: item } : { dict }];
  });
}

/** The MCIDs a structure element holds directly (`/K 3`, `/K [3 4]`, or marked-content references). */
export function directMcids(pdf: PDFDocument, element: PDFDict): number[] {
  const kids = element.get(PDFName.of('K'));
  const items = kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids];
  return items.flatMap((item) => {
    const value = item instanceof PDFRef ? pdf.context.lookup(item) : item;
    if (value instanceof PDFNumber) return [value.asNumber()];
    const mcid = value instanceof PDFDict && !isStructureElement(value) ? value.get(PDFName.of('MCID')) : undefined;
    return mcid instanceof PDFNumber ? [mcid.asNumber()] : [];
  });
}

export function structureType(element: PDFDict): string {
  const type = element.get(PDFName.of('S'));
  if (!(type instanceof PDFName)) return '';
  let text = decodedNames.get(type);
  if (text === undefined) {
    text = type.decodeText();
    decodedNames.set(type, text);
  }
  return text;
}

/** pdf-lib interns names (`PDFName.of`), and decoding one (its `#xx` escapes) was a third of a tree walk's time. */
const decodedNames = new WeakMap<PDFName, string>();

export function isStructureElement(dict: PDFDict): boolean {
  const type = dict.get(PDFName.of('Type'));
  return !(type === PDFName.of('MCR') || type === PDFName.of('OBJR')) && dict.has(PDFName.of('S'));
}
