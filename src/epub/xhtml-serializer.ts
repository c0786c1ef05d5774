import { type ChildNode, type Document, type Element, isCDATA, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { escapeXml } from '../markup/escape.js';

/**
 * Parses markup that is already XML-compatible (the semantic document's article) without
 * changing the case of names, so SVG's `viewBox` or `foreignObject` survive.
 */
export function parseMarkup(markup: string): Document {
  return parseDocument(markup, { decodeEntities: true, lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true });
}

/**
 * Serializes a parsed tree as well-formed XHTML whatever it was given: text stays UTF-8 (no named
 * entities such as `&nbsp;`, which XML does not know), every attribute has a quoted value (`alt=""`),
 * void elements are self-closed, inline SVG and MathML get their namespaces, and characters XML
 * forbids are dropped. Comments and processing instructions are left out.
 */
export function serializeXhtml(nodes: readonly ChildNode[]): string {
  return nodes.map(serializeNode).join('');
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const FOREIGN_NAMESPACES: Readonly<Record<string, string>> = {
  svg: 'http://www.w3.org/2000/svg',
  math: 'http://www.w3.org/1998/Math/MathML',
};
const XLINK_NAMESPACE = 'http://www.w3.org/1999/xlink';
// eslint-disable-next-line no-control-regex
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function serializeNode(node: ChildNode): string {
  if (isText(node)) return xmlText(node.data);
  if (isCDATA(node)) return node.children.map(serializeNode).join('');
  if (isTag(node)) return serializeElement(node);
  return '';
}

function serializeElement(element: Element): string {
  const start = `<${element.name}${serializeAttributes(attributesWithNamespaces(element))}`;
  if (element.children.length === 0 && (VOID_ELEMENTS.has(element.name) || isForeign(element))) return `${start}/>`;
  return `${start}>${serializeXhtml(element.children)}</${element.name}>`;
}

function serializeAttributes(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${xmlText(value)}"`)
    .join('');
}

/** HTML gives `<svg>` and `<math>` their namespace implicitly; XHTML needs it written. */
function attributesWithNamespaces(element: Element): Record<string, string> {
  const namespace = FOREIGN_NAMESPACES[element.name];
  if (!namespace || element.attribs['xmlns']) return element.attribs;
  const attributes: Record<string, string> = { xmlns: namespace, ...element.attribs };
  if (usesXlink(element) && !attributes['xmlns:xlink']) attributes['xmlns:xlink'] = XLINK_NAMESPACE;
  return attributes;
}

function usesXlink(element: Element): boolean {
  return Object.keys(element.attribs).some((name) => name.startsWith('xlink:')) || element.children.some((child) => isTag(child) && usesXlink(child));
}

function isForeign(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parent && isTag(node.parent) ? node.parent : null) {
    if (node.name in FOREIGN_NAMESPACES) return true;
  }
  return false;
}

function xmlText(text: string): string {
  return escapeXml(text.replace(NOT_XML_CHARACTERS, ''));
}
