import type { Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import JSZip from 'jszip';
import { findElements, textOf } from '../../src/markup/html-tree.js';

/** A built EPUB opened for assertions: its entries in ZIP order and its package document parsed. */
export interface OpenedEpub {
  zip: JSZip;
  /** Entry names in the order they are stored. */
  entryNames: string[];
  text(path: string): Promise<string>;
  packageDocument: Document;
}

export async function openEpub(bytes: Uint8Array): Promise<OpenedEpub> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => {
    const entry = zip.file(path);
    if (!entry) throw new Error(`${path} is not in the EPUB`);
    return entry.async('string');
  };
  return { zip, entryNames: Object.keys(zip.files), text, packageDocument: parseXml(await text('OEBPS/content.opf')) };
}

export function parseXml(xml: string): Document {
  return parseDocument(xml, { xmlMode: true });
}

/** Values of `<meta property="…">` in the package document, in order. */
export function metaValues(opf: Document, property: string): string[] {
  return findElements(opf, (element) => element.name === 'meta' && element.attribs['property'] === property).map((meta) => textOf(meta).trim());
}

/** Text of the `dc:*` elements of that name. */
export function dublinCore(opf: Document, name: string): string[] {
  return findElements(opf, (element) => element.name === `dc:${name}`).map((element) => textOf(element).trim());
}

export function elementsNamed(root: Document | Element, name: string): Element[] {
  return findElements(root, (element) => element.name === name);
}
