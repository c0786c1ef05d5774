import { DAISY_KB, type EpubRule } from '../epub-rule.js';
import { readingOrderTargets, targetKey } from './reading-order-targets.js';

/** Every page break with an id is in the page list (Ace: epub-pagelist-missing-pagebreak, serious). */
export const epubPageListMissingPageBreak: EpubRule = {
  id: 'epub-pagelist-missing-pagebreak',
  impact: 'serious',
  help: 'List every page break in the page list (nav epub:type="page-list"), in order.',
  helpUrl: `${DAISY_KB}navigation/pagelist.html`,
  check: (epub) => {
    if (epub.fixedLayout || !epub.navigation) return [];
    const listed = new Set((epub.navigation.pageList ?? []).map(targetKey));
    return readingOrderTargets(epub)
      .filter((target) => target.isPageBreak && !listed.has(target.key))
      .map((target) => ({ message: `The page break ${target.key} is not in the page list.`, document: target.key.split('#')[0] as string }));
  },
};
