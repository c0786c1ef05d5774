import type { FileDetails, MetadataEntry } from '../audit.js';
import { readContentDocument } from '../epub/read/read-content-document.js';

/** What the report shows about a web page: its title and language, and every image with its alt text and caption. */
export function describeHtml(html: string | Uint8Array): FileDetails {
  const bytes = typeof html === 'string' ? new TextEncoder().encode(html) : html;
  const page = readContentDocument(bytes, '', { html: true });
  const metadata: MetadataEntry[] = [];
  if (page.title !== undefined) metadata.push({ name: 'title', value: page.title });
  if (page.lang) metadata.push({ name: 'lang', value: page.lang });
  if (page.xmlLang) metadata.push({ name: 'xml:lang', value: page.xmlLang });
  return {
    format: 'HTML',
    metadata,
    images: page.images.map((image) => ({ src: image.src.startsWith('data:') ? `${image.src.slice(0, 40)}…` : image.src, alt: image.alt, ...(image.caption ? { caption: image.caption } : {}) })),
  };
}
