import type { EpubRule } from '../epub-rule.js';

/** The package declares the publication's language (Ace: epub-lang). */
export const epubLang: EpubRule = {
  id: 'epub-lang',
  impact: 'serious',
  help: 'Add <dc:language> with the BCP 47 tag of the publication’s language to the package document.',
  helpUrl: 'https://www.w3.org/TR/epub-33/#sec-opf-dclanguage',
  check: (epub) => ((epub.dublinCore.get('language') ?? []).some((value) => value.length > 0) ? [] : ['The package document has no dc:language.']),
};
