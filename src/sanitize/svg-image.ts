import render from 'dom-serializer';
import { type ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * SVG images are documents that can run script and fetch: before an SVG becomes an asset of any output,
 * everything but drawing is taken out — script, foreignObject, style sheets, event handlers, and every
 * reference that is not to the image itself (`#id`) or a raster `data:` image.
 */
const DRAWING_ELEMENTS = new Set(
  [
    'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata',
    'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textpath', 'image',
    'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'pattern', 'marker',
    'filter', 'fegaussianblur', 'feoffset', 'feblend', 'fecolormatrix', 'feflood', 'fecomposite', 'femerge', 'femergenode', 'fedropshadow',
  ],
);
const SAFE_DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i;

export function sanitizeSvgImage(bytes: Uint8Array): Uint8Array {
  const document = parseDocument(new TextDecoder().decode(bytes), { xmlMode: true });
  document.children = document.children.filter((node) => keepNode(node));
  for (const node of document.children) clean(node);
  return new TextEncoder().encode(render(document, { xmlMode: true, encodeEntities: 'utf8' }));
}

function keepNode(node: ChildNode): boolean {
  if (node.type === 'directive' || node.type === 'comment' || node.type === 'cdata') return false;
  if (node instanceof Element) return DRAWING_ELEMENTS.has(node.name.toLowerCase());
  return true;
}

function clean(node: ChildNode): void {
  if (!(node instanceof Element)) return;
  for (const [name, value] of Object.entries(node.attribs)) {
    if (!isSafeAttribute(node.name.toLowerCase(), name.toLowerCase(), value)) delete node.attribs[name];
  }
  node.children = node.children.filter((child) => keepNode(child));
  node.children.forEach((child, index) => {
    child.parent = node;
    child.prev = node.children[index - 1] ?? null;
    child.next = node.children[index + 1] ?? null;
    clean(child);
  });
}

function isSafeAttribute(element: string, name: string, value: string): boolean {
  if (name.startsWith('on')) return false;
  if (name === 'href' || name === 'xlink:href') return value.startsWith('#') || (element === 'image' && SAFE_DATA_IMAGE.test(value));
  if (/(javascript|vbscript|data:text|@import|expression\s*\()/i.test(value)) return false;
  if (/url\(\s*["']?(?!#)/i.test(value)) return false;
  return !['src', 'action', 'formaction', 'xml:base', 'requiredextensions'].includes(name);
}
