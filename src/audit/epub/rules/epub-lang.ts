import { DAISY_KB, type EpubRule, type EpubViolation } from '../epub-rule.js';

/**
 * The package declares the publication's language (Ace: epub-lang, serious): `xml:lang` on the EPUB 3 `<package>`,
 * which is what Ace checks, and `<dc:language>`, which every EPUB must have.
 */
export const epubLang: EpubRule = {
  id: 'epub-lang',
  impact: 'serious',
  help: 'Give the package document <dc:language> and, in EPUB 3, an xml:lang attribute on <package>, both with the BCP 47 tag of the publication’s language.',
  helpUrl: `${DAISY_KB}epub/language.html`,
  check: (epub) => {
    const violations: EpubViolation[] = [];
    if (epub.epubVersion === 3 && !epub.metadata.packageLang) violations.push({ message: 'The <package> element has no xml:lang.' });
    if (!(epub.dublinCore.get('language') ?? []).some((value) => value.length > 0)) violations.push({ message: 'The package document has no dc:language.' });
    return violations;
  },
};
