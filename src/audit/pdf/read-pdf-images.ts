import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, decodePDFRawStream, type PDFDocument, type PDFObject, type PDFPage } from 'pdf-lib';
import { parseContentStream, type ContentOperation } from '../../pdf/content-stream.js';
import { beginsMarkedContent, markedContentOf } from '../../pdf/marked-content.js';
import type { StructureElement } from '../../pdf/structure-tree.js';
import type { ImageFact } from './pdf-facts.js';

/** Form XObjects nested deeper than this are not looked into (a guard against pathological files). */
const MAX_FORM_DEPTH = 12;

/**
 * Finds the structure element of a marked-content sequence: through the ParentTree (the page's or
 * form XObject's /StructParents, then the MCID), as assistive technology does, else by the structure
 * elements whose /K hold that MCID on that page.
 */
export class StructureResolver {
  private readonly byDict = new Map<PDFDict, StructureElement>();
  private readonly byPageMcid = new Map<string, StructureElement>();
  private readonly parentTree = new Map<number, PDFObject>();

  constructor(
    private readonly pdf: PDFDocument,
    elements: readonly StructureElement[],
    private readonly roleMap: ReadonlyMap<string, string>,
  ) {
    for (const element of elements) {
      this.byDict.set(element.dict, element);
      for (const [pageRef, mcid] of pageMcids(pdf, element.dict)) this.byPageMcid.set(`${pageRef} ${mcid}`, element);
    }
    const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
    const tree = root?.lookupMaybe(PDFName.of('ParentTree'), PDFDict);
    if (tree) flattenNumberTree(pdf, tree, this.parentTree, new Set());
  }

  /** The structure element an annotation or XObject names with its /StructParent, through the ParentTree. */
  objectElement(structParent: number): StructureElement | undefined {
    const entry = this.pdf.context.lookup(this.parentTree.get(structParent));
    return entry instanceof PDFDict ? this.byDict.get(entry) : undefined;
  }

  element(structParents: number | undefined, mcid: number, pageRef: PDFRef): StructureElement | undefined {
    const entry = structParents === undefined ? undefined : this.pdf.context.lookup(this.parentTree.get(structParents));
    const item = entry instanceof PDFArray && mcid < entry.size() ? this.pdf.context.lookup(entry.get(mcid)) : undefined;
    const viaParentTree = item instanceof PDFDict ? this.byDict.get(item) : undefined;
    // An MCID in a form XObject has no page of its own: only the ParentTree knows it.
    return viaParentTree ?? this.byPageMcid.get(`${pageRef.toString()} ${mcid}`);
  }

  /** The standard type a type stands for, following /RoleMap (a few steps at most, against loops). */
  standardType(type: string): string {
    let mapped = type;
    for (let step = 0; step < 8 && this.roleMap.has(mapped) && this.roleMap.get(mapped) !== mapped; step += 1) mapped = this.roleMap.get(mapped)!;
    return mapped;
  }
}

/** Every image a page paints (image XObjects, inline images, and those inside the form XObjects it paints), with its tagging. */
export function pageImages(page: PDFPage, operations: readonly ContentOperation[], resolver: StructureResolver): ImageFact[] {
  const structParents = page.node.get(PDFName.of('StructParents'));
  const scope: Scope = {
    resources: page.node.Resources(),
    structParents: structParents instanceof PDFNumber ? structParents.asNumber() : undefined,
    pageRef: page.ref,
    resolver,
  };
  const images: ImageFact[] = [];
  walk(page.doc, operations, scope, [], images, []);
  return images;
}

interface Scope {
  resources: PDFDict | undefined;
  /** The /StructParents of the page or form whose content this is: the ParentTree key of its MCIDs. */
  structParents: number | undefined;
  pageRef: PDFRef;
  resolver: StructureResolver;
}

interface OpenSequence {
  tag: string;
  mcid?: number;
  structParents: number | undefined;
}

function walk(pdf: PDFDocument, operations: readonly ContentOperation[], scope: Scope, inherited: OpenSequence[], images: ImageFact[], forms: PDFRawStream[]): void {
  const open = [...inherited];
  for (const operation of operations) {
    if (beginsMarkedContent(operation)) {
      const sequence = markedContentOf(operation, (name) => namedMcid(scope.resources, name));
      open.push({ ...sequence, structParents: scope.structParents });
    } else if (operation.operator === 'EMC') {
      // A form's EMC never closes a sequence its caller opened.
      if (open.length > inherited.length) open.pop();
    } else if (operation.operator === 'BI') {
      images.push(imageFact('BI', undefined, open, scope));
    } else if (operation.operator === 'Do') {
      const [name] = operation.operands;
      if (name?.kind !== 'name') continue;
      const xobject = scope.resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)?.lookup(PDFName.of(name.value));
      if (!(xobject instanceof PDFRawStream)) continue;
      const subtype = xobject.dict.get(PDFName.of('Subtype'));
      if (subtype === PDFName.of('Image')) images.push(imageFact('Do', name.value, open, scope));
      else if (subtype === PDFName.of('Form') && !forms.includes(xobject) && forms.length < MAX_FORM_DEPTH) {
        const content = formContent(xobject);
        if (!content) continue;
        const own = xobject.dict.get(PDFName.of('StructParents'));
        const formScope: Scope = {
          ...scope,
          resources: xobject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? scope.resources,
          structParents: own instanceof PDFNumber ? own.asNumber() : undefined,
        };
        walk(pdf, content, formScope, open, images, [...forms, xobject]);
      }
    }
  }
}

function imageFact(operator: 'Do' | 'BI', name: string | undefined, open: readonly OpenSequence[], scope: Scope): ImageFact {
  const fact: ImageFact = { operator, artifact: open.some((sequence) => sequence.tag === 'Artifact') };
  if (name !== undefined) fact.name = name;
  const tagged = [...open].reverse().find((sequence) => sequence.mcid !== undefined);
  if (!tagged || tagged.mcid === undefined) return fact;
  fact.mcid = tagged.mcid;
  const element = scope.resolver.element(tagged.structParents, tagged.mcid, scope.pageRef);
  if (!element) return fact;
  fact.element = { type: element.type, path: element.path, standardTypes: [] };
  for (let at: StructureElement | undefined = element; at; at = at.parent) fact.element.standardTypes.push(scope.resolver.standardType(at.type));
  return fact;
}

/** The parsed content of a form XObject; undefined when it cannot be decoded or read. */
function formContent(form: PDFRawStream): ContentOperation[] | undefined {
  try {
    return parseContentStream(decodePDFRawStream(form).decode());
  } catch {
    return undefined;
  }
}

function namedMcid(resources: PDFDict | undefined, name: string): number | undefined {
  const list = resources?.lookupMaybe(PDFName.of('Properties'), PDFDict)?.lookupMaybe(PDFName.of(name), PDFDict);
  const mcid = list?.get(PDFName.of('MCID'));
  return mcid instanceof PDFNumber ? mcid.asNumber() : undefined;
}

/** The page MCIDs an element holds directly: `/K 3`, `/K [3 …]`, and MCRs (those of a form XObject, with /Stm, left out). */
function pageMcids(pdf: PDFDocument, element: PDFDict): Array<[pageRef: string, mcid: number]> {
  const ownPage = element.get(PDFName.of('Pg'));
  const kids = element.get(PDFName.of('K'));
  const items = kids instanceof PDFArray ? kids.asArray() : kids === undefined ? [] : [kids];
  return items.flatMap((item): Array<[string, number]> => {
    const value = item instanceof PDFRef ? pdf.context.lookup(item) : item;
    if (value instanceof PDFNumber) return ownPage instanceof PDFRef ? [[ownPage.toString(), value.asNumber()]] : [];
    if (!(value instanceof PDFDict) || value.get(PDFName.of('Type')) !== PDFName.of('MCR') || value.has(PDFName.of('Stm'))) return [];
    const mcid = value.get(PDFName.of('MCID'));
    const page = value.get(PDFName.of('Pg')) ?? ownPage;
    return mcid instanceof PDFNumber && page instanceof PDFRef ? [[page.toString(), mcid.asNumber()]] : [];
  });
}

/** A number tree (ISO 32000-1, 7.9.7) as key → value, its /Kids followed once each. */
function flattenNumberTree(pdf: PDFDocument, node: PDFDict, into: Map<number, PDFObject>, seen: Set<PDFDict>): void {
  if (seen.has(node)) return;
  seen.add(node);
  const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
  for (let at = 0; nums && at + 1 < nums.size(); at += 2) {
    const key = nums.lookup(at);
    if (key instanceof PDFNumber) into.set(key.asNumber(), nums.get(at + 1));
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let at = 0; kids && at < kids.size(); at += 1) {
    const kid = kids.lookup(at);
    if (kid instanceof PDFDict) flattenNumberTree(pdf, kid, into, seen);
  }
}
