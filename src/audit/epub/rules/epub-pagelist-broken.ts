import { DAISY_KB, type EpubRule, type EpubViolation } from '../epub-rule.js';
import { readingOrderTargets, targetKey } from './reading-order-targets.js';

/**
 * Each page list entry reaches a page break (Ace: epub-pagelist-broken): serious when it reaches nothing,
 * minor when it reaches an element that is not marked as a page break.
 */
export const epubPageListBroken: EpubRule = {
  id: 'epub-pagelist-broken',
  impact: 'serious',
  help: 'Point each page list entry at the id of an element marked epub:type="pagebreak" role="doc-pagebreak" in a spine document.',
  helpUrl: `${DAISY_KB}navigation/pagelist.html`,
  check: (epub) => {
    const navigation = epub.navigation;
    if (!navigation?.pageList) return [];
    const targets = new Map(readingOrderTargets(epub).map((target) => [target.key, target]));
    return navigation.pageList.flatMap((entry): EpubViolation[] => {
      const target = targets.get(targetKey(entry));
      if (!target) return [{ message: `The page list entry "${entry.href}" points to nothing in the reading order.`, document: navigation.path }];
      if (entry.fragment && !target.isPageBreak && !epub.fixedLayout) {
        return [{ message: `The page list entry "${entry.href}" points to an element not marked as a page break.`, document: navigation.path, impact: 'minor' }];
      }
      return [];
    });
  },
};
