import { PDFDict, PDFName, PDFNumber, type PDFDocument, type PDFPage } from 'pdf-lib';
import { parseContentStream } from '../../pdf/content-stream.js';
import { untaggedMarks } from '../../pdf/marked-content.js';
import { pageContentBytes } from '../../pdf/page-contents.js';
import type { StructureElement } from '../../pdf/structure-tree.js';
import type { PageFact, StructureFact } from './pdf-facts.js';
import { readAnnotations } from './read-pdf-annotations.js';
import { readFonts } from './read-pdf-fonts.js';
import type { FormUses } from './read-pdf-forms.js';
import { pageImages, type StructureResolver } from './read-pdf-images.js';
import { readMarkFacts } from './read-pdf-marks.js';

/** What the page reader needs of the structure tree, read before the pages. */
export interface PageReadingContext {
  resolver: StructureResolver;
  indexOf: ReadonlyMap<StructureElement, number>;
  structure: readonly StructureFact[];
  /** Counts the form XObjects painted, across pages. */
  formUses: FormUses;
}

/**
 * Per page: tab order, annotations, the marks that are neither tagged nor artifacts, marked content and text
 * languages, the images and how they are tagged, and the fonts. Each content stream is parsed once.
 */
export function readPageFacts(pdf: PDFDocument, context: PageReadingContext): PageFact[] {
  const { resolver, indexOf, structure } = context;
  const elementIndex = (element: StructureElement | undefined): number | undefined => (element ? indexOf.get(element) : undefined);
  return pdf.getPages().map((page, index) => {
    const fact: PageFact = {
      page: index + 1,
      annotations: readAnnotations(page, (structParent) => elementIndex(resolver.objectElement(structParent))),
      fonts: readFonts(page.node.Resources()),
    };
    const tabs = page.node.get(PDFName.of('Tabs'));
    if (tabs instanceof PDFName) fact.tabs = tabs.decodeText();
    const content = pageContentBytes(page);
    if (!content) fact.contentError = 'its content stream uses a filter that cannot be decoded';
    else {
      try {
        const operations = parseContentStream(content);
        fact.untaggedMarks = untaggedMarks(operations, (name) => namedMcid(page, name)).map(({ kind, operator }) => ({ kind, operator }));
        fact.images = pageImages(page, operations, resolver);
        context.formUses.count(operations, page.node.Resources());
        const structParents = page.node.get(PDFName.of('StructParents'));
        fact.marks = readMarkFacts(operations, {
          resources: page.node.Resources(),
          structParents: structParents instanceof PDFNumber ? structParents.asNumber() : undefined,
          pageRef: page.ref,
          elementLang: (parents, mcid, pageRef) => {
            const element = structure[elementIndex(resolver.element(parents, mcid, pageRef)) ?? -1];
            return element ? (element.lang ?? element.inheritedLang) : undefined;
          },
        });
      } catch (error) {
        fact.contentError = error instanceof Error ? error.message : String(error);
      }
    }
    return fact;
  });
}

/** The MCID of a named property list (`/P /MC0 BDC`), from the page's /Properties resources. */
function namedMcid(page: PDFPage, name: string): number | undefined {
  const properties = page.node.Resources()?.lookupMaybe(PDFName.of('Properties'), PDFDict);
  const list = properties?.lookupMaybe(PDFName.of(name), PDFDict);
  const mcid = list?.get(PDFName.of('MCID'));
  return mcid instanceof PDFNumber ? mcid.asNumber() : undefined;
}
