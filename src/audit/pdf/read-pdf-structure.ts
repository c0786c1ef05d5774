import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import type { StructureElement } from '../../pdf/structure-tree.js';
import type { StructureFact, TableCellAttributes } from './pdf-facts.js';
import { roleMapping } from './standard-types.js';

/**
 * Every structure element with what the rules ask of it: its type and standard type (after /RoleMap), its
 * parent and kids, /P, /Alt, /ActualText, /E, /Lang (own and inherited), /ID, the table attributes, and its page
 * (its own /Pg, else that of the first element inside it that has one). One pass, whatever the tree's depth.
 */
export function readStructureFacts(pdf: PDFDocument, elements: readonly StructureElement[], roleMap: ReadonlyMap<string, string>): StructureFact[] {
  const indexOf = new Map<StructureElement, number>(elements.map((element, index) => [element, index]));
  const facts = elements.map((element): StructureFact => {
    const mapping = roleMapping(element.type, roleMap);
    const fact: StructureFact = {
      type: element.type,
      path: element.path,
      hasParentEntry: element.dict.has(PDFName.of('P')),
      kids: [],
      objectKids: objectKidCount(pdf, element.dict),
      kidItems: kidItemCount(element.dict),
      circularMapping: mapping.circular,
      remapped: mapping.remapped,
    };
    if (mapping.standardType !== undefined) fact.standardType = mapping.standardType;
    const parent = element.parent ? indexOf.get(element.parent) : undefined;
    if (parent !== undefined) fact.parent = parent;
    if (element.page !== undefined) fact.page = element.page;
    for (const key of ['Alt', 'ActualText', 'E', 'Lang'] as const) {
      const value = textEntry(pdf, element.dict, key);
      if (value !== undefined) fact[key === 'Alt' ? 'alt' : key === 'ActualText' ? 'actualText' : key === 'E' ? 'expansion' : 'lang'] = value;
    }
    const id = element.dict.lookup(PDFName.of('ID'));
    if (id instanceof PDFString || id instanceof PDFHexString) fact.id = id.decodeText();
    const cell = cellAttributes(pdf, element.dict);
    if (cell) fact.cell = cell;
    return fact;
  });
  // Parents come before their kids: one forward pass gives kids and inherited languages, one backward pass pages.
  facts.forEach((fact, index) => {
    if (fact.parent === undefined) return;
    const parent = facts[fact.parent]!;
    parent.kids.push(index);
    const inherited = parent.lang ?? parent.inheritedLang;
    if (inherited !== undefined) fact.inheritedLang = inherited;
  });
  for (let index = facts.length - 1; index >= 0; index -= 1) {
    const fact = facts[index]!;
    if (fact.page === undefined) fact.page = fact.firstPageInside;
    delete fact.firstPageInside;
    if (fact.page === undefined) delete fact.page;
    if (fact.parent !== undefined && fact.page !== undefined) facts[fact.parent]!.firstPageInside = fact.page;
  }
  return facts;
}

/** The /RoleMap of the structure tree root, names to names. */
export function readRoleMap(pdf: PDFDocument): Map<string, string> {
  const roleMap = new Map<string, string>();
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  for (const [key, value] of root?.lookupMaybe(PDFName.of('RoleMap'), PDFDict)?.entries() ?? []) {
    const target = pdf.context.lookup(value);
    if (target instanceof PDFName) roleMap.set(key.decodeText(), target.decodeText());
  }
  return roleMap;
}

/** Everything in /K: elements, MCIDs, marked-content and object references. */
function kidItemCount(dict: PDFDict): number {
  const kids = dict.get(PDFName.of('K'));
  return kids instanceof PDFArray ? kids.size() : kids === undefined ? 0 : 1;
}

/** Object references (OBJR) among /K: annotations and XObjects the element holds. */
function objectKidCount(pdf: PDFDocument, dict: PDFDict): number {
  const kids = dict.get(PDFName.of('K'));
  const items = kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids];
  return items.filter((item) => {
    const value = item instanceof PDFRef ? pdf.context.lookup(item) : item;
    return value instanceof PDFDict && value.get(PDFName.of('Type')) === PDFName.of('OBJR');
  }).length;
}

/** Scope, Headers, RowSpan, ColSpan (and a form field's Role) from the element's attribute objects (/A: one dictionary or an array, revisions skipped). */
function cellAttributes(pdf: PDFDocument, dict: PDFDict): TableCellAttributes | undefined {
  const attributes = pdf.context.lookup(dict.get(PDFName.of('A')));
  const list = attributes instanceof PDFArray ? attributes.asArray().map((item) => pdf.context.lookup(item)) : [attributes];
  let cell: TableCellAttributes | undefined;
  for (const item of list) {
    if (!(item instanceof PDFDict)) continue;
    const scope = item.lookup(PDFName.of('Scope'));
    const headers = item.lookup(PDFName.of('Headers'));
    const rowSpan = item.lookup(PDFName.of('RowSpan'));
    const colSpan = item.lookup(PDFName.of('ColSpan'));
    const role = item.lookup(PDFName.of('Role'));
    if (role instanceof PDFName) (cell ??= {}).role = role.decodeText();
    if (scope instanceof PDFName) (cell ??= {}).scope = scope.decodeText();
    if (headers instanceof PDFArray) {
      (cell ??= {}).headers = headers.asArray().flatMap((header) => {
        const value = pdf.context.lookup(header);
        return value instanceof PDFString || value instanceof PDFHexString ? [value.decodeText()] : [];
      });
    }
    if (rowSpan instanceof PDFNumber) (cell ??= {}).rowSpan = rowSpan.asNumber();
    if (colSpan instanceof PDFNumber) (cell ??= {}).colSpan = colSpan.asNumber();
  }
  return cell;
}

function textEntry(pdf: PDFDocument, dict: PDFDict, key: string): string | undefined {
  const value: PDFObject | undefined = pdf.context.lookup(dict.get(PDFName.of(key)));
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}
