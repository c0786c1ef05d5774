import type { PdfFacts } from './pdf-facts.js';
import { openPdf } from './open-pdf.js';
import { readDocumentFacts } from './read-pdf-document.js';
import { FormUses } from './read-pdf-forms.js';
import { readCatalogFacts } from './read-pdf-catalog.js';
import { readPageFacts } from './read-pdf-pages.js';
import { readRoleMap, readStructureFacts } from './read-pdf-structure.js';
import { StructureResolver } from './read-pdf-images.js';
import { structureElements } from '../../pdf/structure-tree.js';

export type { PdfFacts } from './pdf-facts.js';

/**
 * Loads the PDF once (decrypting it when it opens with the empty password) and reads everything the rules
 * check: catalog, structure tree, pages. Throws a ColophonError when the file cannot be read.
 */
export async function readPdfFacts(bytes: Uint8Array, origin: string): Promise<PdfFacts> {
  const { pdf, encryption, parserMessages } = await openPdf(bytes, origin);
  const elements = structureElements(pdf);
  const roleMap = readRoleMap(pdf);
  const resolver = new StructureResolver(pdf, elements, roleMap);
  const structure = readStructureFacts(pdf, elements, roleMap);
  const indexOf = new Map(elements.map((element, index) => [element, index]));
  const formUses = new FormUses();
  const facts: PdfFacts = {
    ...readCatalogFacts(pdf),
    header: headerOf(bytes),
    parserMessages,
    document: readDocumentFacts(pdf),
    structure,
    pages: readPageFacts(pdf, { resolver, indexOf, structure, formUses }),
  };
  facts.document.repeatedTaggedForms = formUses.repeatedTaggedForms();
  if (encryption) facts.encryption = encryption;
  return facts;
}

/** The file's first line, `%PDF-1.7` (up to the first end-of-line), as veraPDF reads it. */
function headerOf(bytes: Uint8Array): string {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const at = start.indexOf('%PDF-');
  return at < 0 ? '' : (/^[^\r\n]*/.exec(start.slice(at))?.[0] ?? '');
}
