import type { EpubRule } from '../epub-rule.js';

/** The package gives the publication a title (Ace: epub-title, serious). */
export const epubTitle: EpubRule = {
  id: 'epub-title',
  impact: 'serious',
  help: 'Add <dc:title> with the publication’s title to the package document.',
  helpUrl: 'https://www.w3.org/TR/epub-33/#sec-opf-dctitle',
  check: (epub) => ((epub.dublinCore.get('title') ?? []).some((value) => value.length > 0) ? [] : [{ message: 'The package document has no dc:title.' }]),
};
