import type { EpubPackage } from '../read-epub-package.js';

/** dcterms:conformsTo values: `<meta property>` (1.1 strings, or EPUB 2 `name`/`content`) and `<link rel>` (1.0 URLs). */
export function conformsToValues(epub: EpubPackage): string[] {
  const fromMetas = epub.properties.get('dcterms:conformsTo') ?? [];
  const fromLinks = epub.metadata.links.filter((link) => link.rel === 'dcterms:conformsTo' && !link.refines).map((link) => link.href);
  return [...fromMetas, ...fromLinks];
}
