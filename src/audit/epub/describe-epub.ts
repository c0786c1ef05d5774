import type { FileDetails, MetadataEntry } from '../audit.js';
import type { EpubPackage } from './read-epub-package.js';

/** What the report shows about an EPUB: its version, the package metadata, and every image with its alt text and caption. */
export function describeEpub(epub: EpubPackage, skippedRules: readonly string[]): FileDetails {
  const metadata: MetadataEntry[] = [];
  if (epub.metadata.packageLang) metadata.push({ name: 'package xml:lang', value: epub.metadata.packageLang });
  for (const element of epub.metadata.dublinCoreElements) metadata.push({ name: `dc:${element.name}`, value: element.value });
  for (const meta of epub.metadata.metas) {
    if (!meta.refines || meta.property.startsWith('a11y:')) metadata.push({ name: meta.property, value: meta.value });
  }
  for (const link of epub.metadata.links) if (!link.refines) metadata.push({ name: link.rel, value: link.href });
  const notes: string[] = [];
  if (epub.epubVersion === 2) {
    notes.push(`EPUB 2 (package version ${epub.version || 'unspecified'}): the NCX is read as the table of contents; rules for EPUB 3 only were skipped: ${skippedRules.join(', ') || 'none'}.`);
  }
  return {
    format: `EPUB ${epub.version || epub.epubVersion}`,
    metadata,
    images: epub.contentDocuments.flatMap((document) =>
      document.images.map((image) => ({ document: document.path, src: image.src, alt: image.alt, ...(image.caption ? { caption: image.caption } : {}) })),
    ),
    ...(notes.length > 0 ? { notes } : {}),
  };
}
