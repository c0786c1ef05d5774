import type { Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { findElements } from '../../../markup/html-tree.js';

/** Parses XML (package document, NCX, XHTML) keeping prefixes and case, as the files spell them. */
export function parseXml(bytes: Uint8Array): Document {
  return parseDocument(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), { xmlMode: true });
}

/** The element name without its prefix: `opf:item` → `item`. */
export function localName(element: Element): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}

/** Elements whose local name is `name` (prefixes vary between packagers: `item`, `opf:item`). */
export function elementsNamed(root: Document | Element, name: string): Element[] {
  return findElements(root, (element) => localName(element) === name);
}
