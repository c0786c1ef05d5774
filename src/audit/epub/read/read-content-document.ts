import type { Element } from 'domhandler';
import { findElements, parseFragment, textOf } from '../../../markup/html-tree.js';
import { epubTypesOf } from './read-navigation.js';
import { type PageBreakMarker, readPageBreaks } from './read-page-breaks.js';
import { resolveHref } from './resolve-href.js';
import { elementsNamed, parseXml } from './xml-document.js';

/** An element carrying an `id`, with the semantics the page-list and toc rules look at. */
export interface IdentifiedElement {
  id: string;
  epubTypes: string[];
  role?: string;
}

/** An element carrying `epub:type`, for the epub:type ⇔ role rule. */
export interface TypedElement {
  name: string;
  epubTypes: string[];
  role?: string;
  /** Inside `nav epub:type="landmarks"`, where epub:type names targets, not the element itself. */
  inLandmarks: boolean;
  /** e.g. `section#toc` or `nav:nth 2`, to find it again. */
  selector: string;
}

/** An image as a reader meets it: its text alternative and the caption around it. */
export interface ContentImage {
  /** Container path of the image (or the `src` as written when it is external). */
  src: string;
  /** undefined: no `alt` attribute at all. */
  alt: string | undefined;
  caption?: string;
}

/** What the audit reads from one XHTML content document. */
export interface ContentDocument {
  path: string;
  /** In the spine (false: the navigation document read outside the reading order). */
  inSpine: boolean;
  /** Text of `<head><title>`, trimmed; undefined when there is no title element. */
  title?: string;
  /** `lang` and `xml:lang` of the root element. */
  lang?: string;
  xmlLang?: string;
  /** Every element with an id, in document order. */
  ids: IdentifiedElement[];
  typed: TypedElement[];
  images: ContentImage[];
  /** Some element is a page break (`epub:type="pagebreak"` or `role="doc-pagebreak"`). */
  hasPageBreaks: boolean;
  /** The page-break markers with their labels (pagebreak-label). */
  pageBreaks: PageBreakMarker[];
}

/** Parses one content document (XHTML; `html`: a web page, parsed as HTML) for the content rules and the report's list of images. */
export function readContentDocument(bytes: Uint8Array, path: string, options: { inSpine?: boolean; html?: boolean } = {}): ContentDocument {
  const inSpine = options.inSpine ?? true;
  const root = options.html ? parseFragment(new TextDecoder().decode(bytes)) : parseXml(bytes);
  const html = elementsNamed(root, 'html')[0];
  const head = html ? elementsNamed(html, 'head')[0] : undefined;
  const titleElement = head ? elementsNamed(head, 'title')[0] : undefined;
  const document: ContentDocument = { path, inSpine, ids: [], typed: [], images: [], hasPageBreaks: false, pageBreaks: readPageBreaks(root) };
  if (titleElement) document.title = textOf(titleElement).replace(/\s+/g, ' ').trim();
  const lang = html?.attribs['lang']?.trim();
  const xmlLang = html?.attribs['xml:lang']?.trim();
  if (lang) document.lang = lang;
  if (xmlLang) document.xmlLang = xmlLang;
  const landmarks = findElements(root, (element) => element.name === 'nav' && epubTypesOf(element).includes('landmarks'));
  for (const element of findElements(root, () => true)) {
    const id = element.attribs['id'];
    const epubTypes = epubTypesOf(element);
    const role = element.attribs['role']?.trim() || undefined;
    if (epubTypes.includes('pagebreak') || (role ?? '').split(/\s+/).includes('doc-pagebreak')) document.hasPageBreaks = true;
    if (id) document.ids.push({ id, epubTypes, ...(role ? { role } : {}) });
    if (epubTypes.length > 0) {
      const inLandmarks = landmarks.some((nav) => nav !== element && contains(nav, element));
      document.typed.push({ name: element.name, epubTypes, ...(role ? { role } : {}), inLandmarks, selector: selectorOf(element) });
    }
  }
  document.images = findElements(root, (element) => element.name === 'img').map((image) => imageOf(image, path));
  return document;
}

function imageOf(image: Element, path: string): ContentImage {
  const src = image.attribs['src'] ?? '';
  const figure = ancestor(image, 'figure');
  const caption = figure ? findElements(figure, (element) => element.name === 'figcaption')[0] : undefined;
  const entry: ContentImage = { src: resolveHref(src, path)?.path ?? src, alt: image.attribs['alt'] };
  if (caption) entry.caption = textOf(caption).replace(/\s+/g, ' ').trim();
  return entry;
}

function ancestor(element: Element, name: string): Element | undefined {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if ((parent as Element).name === name) return parent as Element;
  }
  return undefined;
}

function contains(container: Element, element: Element): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) if (parent === container) return true;
  return false;
}

function selectorOf(element: Element): string {
  const id = element.attribs['id'];
  if (id) return `${element.name}#${id}`;
  const types = epubTypesOf(element).join(' ');
  return `${element.name}[epub|type="${types}"]`;
}
