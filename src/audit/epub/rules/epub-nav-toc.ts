import type { EpubRule } from '../epub-rule.js';

/**
 * Colophon's own rule (EPUB 3): the navigation document has a table of contents, `nav epub:type="toc"`, with
 * `role="doc-toc"` so that assistive technology knows it (Ace reports the missing role through axe's
 * epub-type-has-matching-role; Colophon's epub-type-has-matching-role does too).
 */
export const epubNavToc: EpubRule = {
  id: 'epub-nav-toc',
  impact: 'serious',
  epub3Only: true,
  help: 'In the navigation document, give the table of contents as <nav epub:type="toc" role="doc-toc"> with an <ol> of links.',
  helpUrl: 'https://www.w3.org/TR/epub-33/#sec-nav-toc',
  check: (epub) => {
    const navigation = epub.navigation;
    if (!navigation) return [{ message: 'The package has no navigation document (no manifest item with properties="nav").', impact: 'critical' }];
    if (!navigation.hasToc) return [{ message: 'The navigation document has no nav epub:type="toc".', document: navigation.path }];
    if (navigation.tocRole !== 'doc-toc') {
      return [{ message: navigation.tocRole ? `The toc nav has role="${navigation.tocRole}", not doc-toc.` : 'The toc nav has no role="doc-toc".', document: navigation.path, selector: 'nav[epub|type~="toc"]', impact: 'minor' }];
    }
    return [];
  },
};
