import type { EpubRule } from '../epub-rule.js';

/**
 * Colophon's own rule: every content document has a non-empty <title>, which reading systems announce
 * (axe's document-title, serious, finds the same in the rendered page; this one reads the file as written).
 */
export const epubContentTitle: EpubRule = {
  id: 'epub-content-title',
  impact: 'serious',
  help: 'Give each XHTML content document a <title> in its <head> saying what the document is (the chapter or section name).',
  helpUrl: 'https://www.w3.org/TR/WCAG22/#page-titled',
  check: (epub) =>
    epub.contentDocuments
      .filter((document) => !document.title)
      .map((document) => ({ message: document.title === undefined ? 'The document has no <title>.' : 'The document’s <title> is empty.', document: document.path })),
};
