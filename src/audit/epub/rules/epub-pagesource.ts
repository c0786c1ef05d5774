import { DAISY_KB, type EpubRule } from '../epub-rule.js';
import { conformsToValues } from './conformance-claims.js';

/**
 * A page list says which edition its page numbers come from (Ace: epub-pagesource, serious): EPUB 3 `dc:source`
 * refined by `source-of` `pagination` (or any dc:source under an EPUB Accessibility 1.0 claim), or `pageBreakSource`;
 * EPUB 2 any dc:source. Fixed-layout books are their own page source.
 */
export const epubPageSource: EpubRule = {
  id: 'epub-pagesource',
  impact: 'serious',
  help: 'Identify the print edition the page list follows: <dc:source id="src">ISBN…</dc:source> with <meta refines="#src" property="source-of">pagination</meta>, or <meta property="a11y:pageBreakSource">.',
  helpUrl: `${DAISY_KB}navigation/pagelist.html`,
  check: (epub) => {
    if (epub.navigation?.pageList === undefined || epub.fixedLayout) return [];
    return hasPageSource(epub) ? [] : [{ message: 'The publication has a page list but does not say which edition its page numbers come from.' }];
  },
};

function hasPageSource(epub: Parameters<EpubRule['check']>[0]): boolean {
  const { dublinCoreElements, metas } = epub.metadata;
  const sources = dublinCoreElements.filter((element) => element.name === 'source' && element.value.length > 0);
  if (metas.some((meta) => (meta.property === 'pageBreakSource' || meta.property === 'a11y:pageBreakSource') && meta.value.length > 0)) return true;
  if (epub.epubVersion === 2) return sources.length > 0;
  const refined = sources.some((source) => source.id !== undefined && metas.some((meta) => meta.refines === source.id && meta.property === 'source-of' && meta.value === 'pagination'));
  return refined || (sources.length > 0 && conformsToValues(epub).some((value) => value.startsWith('http://www.idpf.org/epub/a11y/')));
}
