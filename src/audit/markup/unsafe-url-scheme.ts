import type { Document, Element } from 'domhandler';
import { findElements } from '../../markup/html-tree.js';
import type { Impact } from '../../model/finding.js';
import { normalizeUrl } from '../../sanitize/url-policy.js';

/**
 * Colophon's own rule, shared by the HTML and EPUB audits: no URL in the markup can run script or reach the file
 * system when a reader follows or loads it — `javascript:`, `vbscript:`, `file:`, and `data:` documents (`text/html`,
 * XHTML, XML, and `image/svg+xml` anywhere but as an image). The document is parsed already (entities decoded); the
 * value is read as a browser reads it (leading and trailing spaces and controls, tab and newline removed).
 */
export const UNSAFE_URL_SCHEME = {
  id: 'unsafe-url-scheme',
  impact: 'critical' as Impact,
  help: 'Remove the link or give it an http(s) or mailto URL: a javascript:, vbscript:, file: or data: document URL runs script or reads files when a reader follows it.',
  helpUrl: 'https://html.spec.whatwg.org/multipage/browsing-the-web.html#the-javascript:-url-special-case',
};

export interface UnsafeUrl {
  message: string;
  selector: string;
}

/** Attributes that hold a URL, by local name (any prefix: `xlink:href`, `xl:href`…). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'background', 'srcset', 'cite', 'longdesc', 'manifest', 'icon']);
/** Attributes and elements where a URL is only ever loaded as an image, so an SVG `data:` URL cannot run script. */
const IMAGE_ATTRIBUTES = new Set(['srcset', 'poster', 'background']);
const IMAGE_ELEMENTS = new Set(['img', 'image', 'source']);
const DOCUMENT_DATA_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/xml', 'application/xml']);

/** Every URL in the document that a reader could run as script or use to read files. */
export function findUnsafeUrls(root: Document): UnsafeUrl[] {
  const found: UnsafeUrl[] = [];
  for (const element of findElements(root, () => true)) {
    const elementName = localName(element.name);
    for (const [name, value] of Object.entries(element.attribs)) {
      const attribute = localName(name);
      if (!URL_ATTRIBUTES.has(attribute)) continue;
      const asImage = IMAGE_ATTRIBUTES.has(attribute) || IMAGE_ELEMENTS.has(elementName);
      const urls = attribute === 'srcset' ? srcsetUrls(value) : [value];
      for (const url of urls) {
        const scheme = unsafeScheme(url, asImage);
        if (scheme) found.push({ message: `<${element.name} ${name}> holds a ${scheme} URL (${shown(url)}).`, selector: selectorOf(element, name) });
      }
    }
    const refresh = elementName === 'meta' && (element.attribs['http-equiv'] ?? '').trim().toLowerCase() === 'refresh' ? refreshUrl(element.attribs['content'] ?? '') : undefined;
    const scheme = refresh === undefined ? undefined : unsafeScheme(refresh, false);
    if (scheme && refresh !== undefined) found.push({ message: `<meta http-equiv="refresh"> sends the reader to a ${scheme} URL (${shown(refresh)}).`, selector: selectorOf(element, 'content') });
  }
  return found;
}

/** The dangerous scheme of `raw` as a browser would read it (`javascript:`, `data:text/html`…), or undefined. */
export function unsafeScheme(raw: string, asImage: boolean): string | undefined {
  const url = normalizeUrl(raw).toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'file') return `${scheme}:`;
  if (scheme !== 'data') return undefined;
  const type = (url.slice('data:'.length).split(/[;,]/)[0] ?? '').trim();
  if (DOCUMENT_DATA_TYPES.has(type)) return `data:${type}`;
  if (type === 'image/svg+xml' && !asImage) return 'data:image/svg+xml';
  return undefined;
}

/** `a.png 1x, b.png 2x` → the URLs. */
function srcsetUrls(srcset: string): string[] {
  return srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** `0; url=javascript:…` → `javascript:…` (quotes removed), as browsers read a refresh. */
function refreshUrl(content: string): string | undefined {
  const match = /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/is.exec(content);
  const url = match?.[1]?.trim().replace(/^(['"])(.*)\1?$/s, '$2');
  return url ? url : undefined;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

function selectorOf(element: Element, attribute: string): string {
  const id = element.attribs['id'];
  return `${element.name}${id ? `#${id}` : ''}[${attribute.replace(':', '|')}]`;
}

function shown(url: string): string {
  const text = JSON.stringify(url);
  return text.length > 80 ? `${text.slice(0, 78)}…"` : text;
}
