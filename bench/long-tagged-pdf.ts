import { PDFDocument, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import { parseContentStream } from '../src/pdf/content-stream.js';
import { beginsMarkedContent, markedContentOf } from '../src/pdf/marked-content.js';
import { pageContentBytes } from '../src/pdf/page-contents.js';

/**
 * A tagged PDF of `pages` pages made from Colophon's own PDF by repeating its pages (fonts and images shared, as in a
 * long document), with a structure tree of its own: Document › one Sect a page › one P a marked-content sequence,
 * each with /Pg and its MCID, a ParentTree entry a page, catalog /Lang and MarkInfo (no metadata, no links). Chromium
 * cannot print 1,500 pages within its print timeout on a busy machine; this file has the same per-page shape.
 */
export async function longTaggedPdf(source: Uint8Array, pages: number): Promise<Uint8Array> {
  const input = await PDFDocument.load(source, { updateMetadata: false });
  const output = await PDFDocument.create({ updateMetadata: false });
  const indices = Array.from({ length: pages }, (_, index) => index % input.getPageCount());
  const copied = await output.copyPages(input, indices);
  const mcidsOf = input.getPages().map((page) => {
    const content = pageContentBytes(page);
    if (!content) return [];
    return parseContentStream(content).flatMap((operation) => {
      const mcid = beginsMarkedContent(operation) ? markedContentOf(operation).mcid : undefined;
      return mcid === undefined ? [] : [mcid];
    });
  });
  const { context } = output;
  const rootRef = context.nextRef();
  const documentRef = context.nextRef();
  const sections: PDFRef[] = [];
  const nums: Array<PDFNumber | PDFRef> = [];
  copied.forEach((page, index) => {
    output.addPage(page);
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
    page.node.delete(PDFName.of('Annots'));
    const sectionRef = context.nextRef();
    const mcids = mcidsOf[indices[index]!] ?? [];
    const paragraphs = mcids.map((mcid) => context.register(context.obj({ Type: 'StructElem', S: 'P', P: sectionRef, Pg: page.ref, K: mcid })));
    context.assign(sectionRef, context.obj({ Type: 'StructElem', S: 'Sect', P: documentRef, K: paragraphs }));
    sections.push(sectionRef);
    const byMcid: PDFRef[] = [];
    mcids.forEach((mcid, at) => (byMcid[mcid] = paragraphs[at]!));
    nums.push(PDFNumber.of(index), context.register(context.obj(Array.from(byMcid, (ref) => ref ?? paragraphs[0] ?? sectionRef))));
  });
  context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: sections }));
  context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: context.register(context.obj({ Nums: nums })), ParentTreeNextKey: pages }));
  const catalog = output.catalog;
  catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  catalog.set(PDFName.of('Lang'), PDFString.of('fr'));
  catalog.set(PDFName.of('ViewerPreferences'), context.obj({ DisplayDocTitle: true }));
  return output.save({ useObjectStreams: false });
}
