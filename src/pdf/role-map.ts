import { PDFDict, PDFName, type PDFDocument } from 'pdf-lib';
import { structureElements, type StructureElement } from './structure-tree.js';

/**
 * Structure types Chromium writes that are PDF 2.0's (ISO 32000-2, 14.8.4.7.2) and not PDF 1.7's, which PDF/UA-1
 * builds on, each with the PDF 1.7 type it stands for: `<em>` is tagged `Em`, `<strong>` `Strong`, both inline.
 */
export const PDF2_TYPE_ROLES: Readonly<Record<string, string>> = { Em: 'Span', Strong: 'Span' };

/**
 * PDF/UA-1 (7.1; veraPDF 7.1-t05) wants every structure type that is not a standard PDF 1.7 type mapped to one in the
 * StructTreeRoot's /RoleMap. Each type of `PDF2_TYPE_ROLES` the tree uses is mapped there (its PDF 2.0 name kept for
 * the readers that know it); a mapping already in /RoleMap is left alone. Returns the types mapped. `elements`: the
 * tree as `structureElements` read it, when the caller has it.
 */
export function mapPdf2Types(pdf: PDFDocument, elements: readonly StructureElement[] = structureElements(pdf)): string[] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return [];
  const used = new Set(elements.map((element) => element.type).filter((type) => Object.hasOwn(PDF2_TYPE_ROLES, type)));
  if (used.size === 0) return [];
  let roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  if (!roleMap) {
    roleMap = pdf.context.obj({});
    root.set(PDFName.of('RoleMap'), roleMap);
  }
  const mapped: string[] = [];
  for (const type of [...used].sort()) {
    if (roleMap.has(PDFName.of(type))) continue;
    roleMap.set(PDFName.of(type), PDFName.of(PDF2_TYPE_ROLES[type]!));
    mapped.push(type);
  }
  return mapped;
}
