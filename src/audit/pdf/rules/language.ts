import type { PdfFacts } from '../pdf-facts.js';

/** The catalog's /Lang is set and not empty: the language of everything without one of its own (veraPDF's gContainsCatalogLang). */
export function hasCatalogLang(pdf: PdfFacts): boolean {
  return (pdf.lang ?? '').trim() !== '';
}
