import type { Document } from 'domhandler';
import { findElements, textOf } from '../../../markup/html-tree.js';
import { elementsNamed } from './xml-document.js';

/** One `<meta>` of the package: EPUB 3 `property` with text, or EPUB 2 `name`/`content`. */
export interface PackageMeta {
  property: string;
  value: string;
  /** The id the meta refines (without `#`), when it refines something. */
  refines?: string;
  /** Written in the EPUB 2 form, `name`/`content`. */
  legacy?: true;
}

export interface DublinCoreElement {
  /** Local name: `title`, `language`, `source`… */
  name: string;
  value: string;
  id?: string;
}

export interface PackageLink {
  rel: string;
  href: string;
  refines?: string;
}

export interface PackageMetadata {
  /** `xml:lang` of the `<package>` element. */
  packageLang?: string;
  dublinCoreElements: DublinCoreElement[];
  metas: PackageMeta[];
  links: PackageLink[];
}

/** Reads the `<metadata>` of a package document, EPUB 2 or 3, without interpreting it. */
export function readPackageMetadata(root: Document): PackageMetadata {
  const packageElement = elementsNamed(root, 'package')[0];
  const metadata: PackageMetadata = { dublinCoreElements: [], metas: [], links: [] };
  const lang = packageElement?.attribs['xml:lang']?.trim();
  if (lang) metadata.packageLang = lang;
  const metadataElement = elementsNamed(root, 'metadata')[0];
  if (!metadataElement) return metadata;
  for (const element of elementsNamed(metadataElement, 'meta')) {
    const property = element.attribs['property'] ?? element.attribs['name'];
    const value = element.attribs['property'] !== undefined ? textOf(element) : element.attribs['content'];
    if (!property || value === undefined) continue;
    metadata.metas.push({ property: property.trim(), value: value.trim(), ...refinesOf(element.attribs['refines']), ...(element.attribs['property'] === undefined ? { legacy: true as const } : {}) });
  }
  for (const element of elementsNamed(metadataElement, 'link')) {
    const rel = element.attribs['rel'];
    const href = element.attribs['href'];
    if (rel && href) metadata.links.push({ rel: rel.trim(), href: safeDecode(href.trim()), ...refinesOf(element.attribs['refines']) });
  }
  for (const element of findElements(metadataElement, (candidate) => candidate.name.startsWith('dc:'))) {
    metadata.dublinCoreElements.push({ name: element.name.slice(3), value: textOf(element).trim(), ...(element.attribs['id'] ? { id: element.attribs['id'] } : {}) });
  }
  return metadata;
}

function refinesOf(refines: string | undefined): { refines?: string } {
  const id = refines?.trim().replace(/^#/, '').trim();
  return id ? { refines: id } : {};
}

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
