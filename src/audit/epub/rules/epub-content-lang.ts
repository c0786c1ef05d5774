import type { EpubRule } from '../epub-rule.js';

/**
 * Colophon's own rule: every content document says its language on <html> (`xml:lang`, and `lang` for HTML
 * parsers), so that text-to-speech picks the right voice (axe's html-has-lang, serious, is the nearest).
 */
export const epubContentLang: EpubRule = {
  id: 'epub-content-lang',
  impact: 'serious',
  help: 'Put xml:lang and lang, with the same BCP 47 tag, on the <html> element of each content document.',
  helpUrl: 'https://www.w3.org/TR/epub-a11y-tech-11/#sec-lang',
  check: (epub) =>
    epub.contentDocuments.flatMap((document) => {
      if (!document.lang && !document.xmlLang) return [{ message: 'The <html> element has neither lang nor xml:lang.', document: document.path }];
      if (document.lang && document.xmlLang && document.lang.toLowerCase() !== document.xmlLang.toLowerCase()) {
        return [{ message: `lang="${document.lang}" and xml:lang="${document.xmlLang}" disagree.`, document: document.path }];
      }
      return [];
    }),
};
