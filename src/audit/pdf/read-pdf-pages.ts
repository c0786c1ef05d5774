import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString, type PDFDocument, type PDFPage } from 'pdf-lib';
import { parseContentStream } from '../../pdf/content-stream.js';
import { linkTarget } from '../../pdf/link-annotations.js';
import { untaggedMarks } from '../../pdf/marked-content.js';
import { pageContentBytes } from '../../pdf/page-contents.js';
import type { AnnotationFact, FontFact, PageFact } from './pdf-facts.js';
import { pageImages, StructureResolver } from './read-pdf-images.js';

/** Per page: tab order, annotations, the marks that are neither tagged nor artifacts, the images and how they are tagged, and the fonts. */
export function readPageFacts(pdf: PDFDocument): PageFact[] {
  const resolver = new StructureResolver(pdf);
  return pdf.getPages().map((page, index) => {
    const fact: PageFact = { page: index + 1, annotations: annotationsOf(page), fonts: fontsOf(page.node.Resources()) };
    const tabs = page.node.get(PDFName.of('Tabs'));
    if (tabs instanceof PDFName) fact.tabs = tabs.decodeText();
    const content = pageContentBytes(page);
    if (!content) fact.contentError = 'its content stream uses a filter that cannot be decoded';
    else {
      try {
        const operations = parseContentStream(content);
        fact.untaggedMarks = untaggedMarks(operations, (name) => namedMcid(page, name)).map(({ kind, operator }) => ({ kind, operator }));
        fact.images = pageImages(page, operations, resolver);
      } catch (error) {
        fact.contentError = error instanceof Error ? error.message : String(error);
      }
    }
    return fact;
  });
}

function annotationsOf(page: PDFPage): AnnotationFact[] {
  const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (!annotations) return [];
  const facts: AnnotationFact[] = [];
  for (let index = 0; index < annotations.size(); index += 1) {
    const annotation = annotations.lookupMaybe(index, PDFDict);
    if (!annotation) continue;
    const subtype = annotation.get(PDFName.of('Subtype'));
    const fact: AnnotationFact = { subtype: subtype instanceof PDFName ? subtype.decodeText() : '' };
    const contents = annotation.lookup(PDFName.of('Contents'));
    if (contents instanceof PDFString || contents instanceof PDFHexString) fact.contents = contents.decodeText();
    const target = fact.subtype === 'Link' ? linkTarget(annotation) : undefined;
    if (target) fact.target = target;
    facts.push(fact);
  }
  return facts;
}

/** The MCID of a named property list (`/P /MC0 BDC`), from the page's /Properties resources. */
function namedMcid(page: PDFPage, name: string): number | undefined {
  const properties = page.node.Resources()?.lookupMaybe(PDFName.of('Properties'), PDFDict);
  const list = properties?.lookupMaybe(PDFName.of(name), PDFDict);
  const mcid = list?.get(PDFName.of('MCID'));
  return mcid instanceof PDFNumber ? mcid.asNumber() : undefined;
}

/** Fonts of a resource dictionary and of the form XObjects it names, a font listed once. */
function fontsOf(resources: PDFDict | undefined, seen = new Set<PDFDict>()): FontFact[] {
  if (!resources || seen.has(resources)) return [];
  seen.add(resources);
  const fonts: FontFact[] = [];
  const fontDict = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [, value] of fontDict?.entries() ?? []) {
    const font = resources.context.lookup(value);
    if (font instanceof PDFDict && !seen.has(font)) {
      seen.add(font);
      fonts.push(fontFact(font));
    }
  }
  const xobjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
  for (const [, value] of xobjects?.entries() ?? []) {
    const xobject = resources.context.lookup(value);
    if (xobject instanceof PDFRawStream && xobject.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')) {
      fonts.push(...fontsOf(xobject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), seen));
    }
  }
  return fonts;
}

/** Type3 glyphs are content-stream procedures (always "embedded"); a Type0 font's program is its descendant's. */
function fontFact(font: PDFDict): FontFact {
  const subtype = nameOf(font.get(PDFName.of('Subtype')));
  const name = nameOf(font.get(PDFName.of('BaseFont'))) || '(unnamed)';
  if (subtype === 'Type3') return { name, subtype, embedded: true };
  const program = subtype === 'Type0' ? font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookupMaybe(0, PDFDict) : font;
  const descriptor = program?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)));
  return { name, subtype, embedded };
}

function nameOf(value: unknown): string {
  return value instanceof PDFName ? value.decodeText() : '';
}
