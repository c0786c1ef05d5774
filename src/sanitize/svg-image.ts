import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { ColophonError } from '../errors.js';
import { decodeCss, isSafeCssValue } from './css-value.js';
import {
  DRAWING_ELEMENTS, GEOMETRY, HREF_ELEMENTS, PRESENTATION, SAFE_DATA_IMAGE, SVG_NAMESPACE, XLINK_NAMESPACE, XML_ATTRIBUTES, XML_NAMESPACE,
} from './svg-allowlist.js';

/**
 * SVG images are documents that can run script and fetch: before an SVG becomes an asset of any output, everything
 * but drawing is taken out. The image is parsed as XML with its namespaces resolved (a prefix is whatever the file
 * binds it to: `xl:href` is an XLink href when `xl` is bound to XLink, and `<x:script>` is no SVG element), and
 * written afresh from an allowlist — SVG drawing elements, their drawing attributes, CSS values decoded and checked
 * (css-value.ts), references only to `#id` or a raster `data:` image. Comments, processing instructions
 * (`<?xml-stylesheet?>`) and the DOCTYPE are not written; no external entity is ever read. The walk is a stream with
 * a stack, so nesting costs no call stack; it is limited all the same (MAX_SVG_DEPTH).
 */
/**
 * Elements nested deeper than this refuse the image. Drawings nest a few dozen deep; libxml2, which many readers'
 * SVG rendering rests on, stops at 256 too; and saxes resolves each element's namespace by walking its ancestors,
 * so without a limit a deeply nested file costs time in the square of its depth.
 */
export const MAX_SVG_DEPTH = 256;

export function sanitizeSvgImage(bytes: Uint8Array): Uint8Array {
  const parser = new SaxesParser({ xmlns: true });
  const written: (string | undefined)[] = []; // per open element: the name written, or undefined when dropped
  let dropping = 0; // open elements inside (and including) the outermost dropped one
  let out = '';
  let startTagOpen = false; // the last start tag written lacks its `>`: `/>` if nothing comes before its end
  const write = (markup: string) => {
    if (startTagOpen) out += '>';
    startTagOpen = false;
    out += markup;
  };
  parser.on('error', (cause) => {
    throw new ColophonError('IMAGE_INVALID', `An SVG image is not well-formed XML (${cause.message}).`, {
      hint: 'Open the SVG in a drawing program and save it again as plain SVG.',
      cause,
    });
  });
  parser.on('doctype', (doctype) => Object.assign(parser.ENTITIES, internalTextEntities(doctype)));
  parser.on('opentag', (tag) => {
    if (written.length === 0 && !isSvgElement(tag, 'svg')) {
      throw new ColophonError('IMAGE_INVALID', `An SVG image's root element is <${tag.name}> in ${tag.uri || 'no namespace'}, not an SVG <svg>.`, {
        hint: 'An SVG image starts with <svg xmlns="http://www.w3.org/2000/svg">.',
      });
    }
    if (written.length >= MAX_SVG_DEPTH) {
      throw new ColophonError('IMAGE_INVALID', `An SVG image nests elements more than ${MAX_SVG_DEPTH} deep.`, {
        hint: 'Flatten the drawing\'s groups in a drawing program (ungroup), then save it again.',
      });
    }
    if (dropping > 0 || !DRAWING_ELEMENTS.has(tag.local) || !isSvgElement(tag, tag.local)) {
      dropping += 1;
      written.push(undefined);
      return;
    }
    const namespaces = written.length === 0 ? ` xmlns="${SVG_NAMESPACE}" xmlns:xlink="${XLINK_NAMESPACE}"` : '';
    write(`<${tag.local}${namespaces}${attributesOf(tag)}`);
    startTagOpen = true;
    written.push(tag.local);
  });
  parser.on('closetag', () => {
    const name = written.pop();
    if (name === undefined) dropping -= 1;
    else if (startTagOpen) [out, startTagOpen] = [`${out}/>`, false];
    else write(`</${name}>`);
  });
  const onText = (text: string) => {
    if (written.length > 0 && dropping === 0 && text !== '') write(escapeText(text));
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(new TextDecoder().decode(bytes)).close();
  return new TextEncoder().encode(out);
}

/** An element of the SVG namespace (no namespace at all counts as SVG: the output declares it). */
function isSvgElement(tag: SaxesTagNS, local: string): boolean {
  return tag.local === local && (tag.uri === SVG_NAMESPACE || tag.uri === '');
}

function attributesOf(tag: SaxesTagNS): string {
  let out = '';
  for (const attribute of Object.values(tag.attributes) as SaxesAttributeNS[]) {
    const kept = keptAttribute(tag.local, attribute);
    if (kept) out += ` ${kept.name}="${escapeAttribute(kept.value)}"`;
  }
  return out;
}

/** The attribute as it is written, or undefined when it goes. Names are namespace-resolved, never matched by prefix. */
function keptAttribute(element: string, { uri, local, value }: SaxesAttributeNS): { name: string; value: string } | undefined {
  if (local === 'href' && (uri === '' || uri === XLINK_NAMESPACE)) {
    const safe = HREF_ELEMENTS.has(element) && (/^#[^\s]*$/.test(value) || (element === 'image' && SAFE_DATA_IMAGE.test(value)));
    return safe ? { name: uri === '' ? 'href' : 'xlink:href', value } : undefined;
  }
  if (uri === XML_NAMESPACE) return XML_ATTRIBUTES.has(local) ? { name: `xml:${local}`, value } : undefined;
  if (uri !== '') return undefined; // xmlns declarations are written afresh; other namespaces draw nothing
  if (local === 'style') {
    const style = safeStyle(value);
    return style ? { name: 'style', value: style } : undefined;
  }
  if (PRESENTATION.has(local)) {
    const decoded = decodeCss(value).trim();
    return isSafeCssValue(decoded) ? { name: local, value: decoded } : undefined;
  }
  return GEOMETRY.has(local) ? { name: local, value } : undefined;
}

/** A style attribute's allowed declarations, decoded and checked; empty when none is left. */
function safeStyle(style: string): string {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const decoded = decodeCss(declaration);
    const colon = decoded.indexOf(':');
    if (colon === -1) continue;
    const property = decoded.slice(0, colon).trim().toLowerCase();
    const value = decoded.slice(colon + 1).trim();
    if (PRESENTATION.has(property) && isSafeCssValue(value)) kept.push(`${property}:${value}`);
  }
  return kept.join(';');
}

/**
 * Internal entities whose value is plain text (`<!ENTITY ns_svg "http://www.w3.org/2000/svg">`, as drawing programs
 * write): their text replaces the reference, as text, never as markup, and is checked like any other value. External
 * entities (SYSTEM, PUBLIC), parameter entities and values holding references are not defined: using one is an error.
 */
function internalTextEntities(doctype: string): Record<string, string> {
  const entities: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const match of doctype.matchAll(/<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"&%]*)"|'([^'&%]*)')\s*>/g)) {
    const [, name, double, single] = match;
    if (name && !(name in entities)) entities[name] = double ?? single ?? '';
  }
  return entities;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
