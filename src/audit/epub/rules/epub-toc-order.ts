import { DAISY_KB, type EpubRule, type EpubViolation } from '../epub-rule.js';
import { readingOrderTargets, targetKey } from './reading-order-targets.js';

/**
 * The table of contents follows the reading order, and each entry reaches something (Ace: epub-toc-order, serious).
 * EPUB 3: the toc nav; EPUB 2: the NCX navMap.
 */
export const epubTocOrder: EpubRule = {
  id: 'epub-toc-order',
  impact: 'serious',
  help: 'Order the table of contents as the spine orders the documents (and as each document orders its headings), and point each entry at a document or an id that exists.',
  helpUrl: `${DAISY_KB}navigation/toc.html`,
  check: (epub) => {
    const navigation = epub.navigation;
    if (!navigation) return [];
    const order = readingOrderTargets(epub).map((target) => target.key);
    const violations: EpubViolation[] = [];
    let previous = -1;
    for (const entry of navigation.toc) {
      const position = order.indexOf(targetKey(entry));
      if (position === -1) {
        violations.push({ message: `The table of contents entry "${entry.href}" points to nothing in the reading order.`, document: navigation.path });
      } else {
        if (position < previous) violations.push({ message: `The table of contents entry "${entry.href}" comes before an entry it follows in the reading order.`, document: navigation.path });
        previous = position;
      }
    }
    return violations;
  },
};
