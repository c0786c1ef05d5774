import type { Element } from 'domhandler';
import { findElements } from '../../../markup/html-tree.js';
import { type ContainerTarget, resolveHref } from './resolve-href.js';
import { elementsNamed, parseXml } from './xml-document.js';

/** What the audit reads from the navigation: the EPUB 3 navigation document, or the EPUB 2 NCX. */
export interface EpubNavigation {
  kind: 'nav' | 'ncx';
  /** Container path of the navigation document or NCX. */
  path: string;
  /** The toc nav (`epub:type="toc"`) or the NCX navMap was found. */
  hasToc: boolean;
  /** `role` of the toc nav, when it has one (EPUB 3). */
  tocRole?: string;
  /** Table of contents targets, in document order. */
  toc: ContainerTarget[];
  /** Page list targets; undefined when there is no page list. */
  pageList?: ContainerTarget[];
}

/** Reads the EPUB 3 navigation document: toc and page-list `nav` elements. */
export function readNavDocument(bytes: Uint8Array, path: string): EpubNavigation {
  const root = parseXml(bytes);
  const navs = elementsNamed(root, 'nav');
  const tocNav = navs.find((nav) => hasEpubType(nav, 'toc'));
  const pageListNav = navs.find((nav) => hasEpubType(nav, 'page-list'));
  const navigation: EpubNavigation = { kind: 'nav', path, hasToc: tocNav !== undefined, toc: tocNav ? targetsIn(tocNav, path) : [] };
  const role = tocNav?.attribs['role']?.trim();
  if (role) navigation.tocRole = role;
  if (pageListNav) navigation.pageList = targetsIn(pageListNav, path);
  return navigation;
}

/** Reads the EPUB 2 NCX: navMap and pageList, in document order. */
export function readNcx(bytes: Uint8Array, path: string): EpubNavigation {
  const root = parseXml(bytes);
  const navMap = elementsNamed(root, 'navMap')[0];
  const pageList = elementsNamed(root, 'pageList')[0];
  const navigation: EpubNavigation = { kind: 'ncx', path, hasToc: navMap !== undefined, toc: navMap ? contentTargetsIn(navMap, path) : [] };
  if (pageList) navigation.pageList = contentTargetsIn(pageList, path);
  return navigation;
}

export function hasEpubType(element: Element, type: string): boolean {
  return epubTypesOf(element).includes(type);
}

export function epubTypesOf(element: Element): string[] {
  return (element.attribs['epub:type'] ?? '').split(/\s+/).filter(Boolean);
}

function targetsIn(nav: Element, from: string): ContainerTarget[] {
  return findElements(nav, (element) => element.name === 'a' && element.attribs['href'] !== undefined)
    .map((anchor) => resolveHref(anchor.attribs['href'] ?? '', from))
    .filter((target): target is ContainerTarget => target !== undefined);
}

function contentTargetsIn(list: Element, from: string): ContainerTarget[] {
  return elementsNamed(list, 'content')
    .map((content) => resolveHref(content.attribs['src'] ?? '', from))
    .filter((target): target is ContainerTarget => target !== undefined);
}
