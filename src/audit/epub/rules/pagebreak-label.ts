import { DAISY_KB, type EpubRule } from '../epub-rule.js';

/**
 * Every page-break marker has an accessible name, its page number (Ace: pagebreak-label, a rule of Ace's axe build,
 * moderate: any of aria-label, aria-labelledby, a non-empty title, or text). Markers hidden from everyone are not
 * looked at, as axe does not look at them.
 */
export const pagebreakLabel: EpubRule = {
  id: 'pagebreak-label',
  impact: 'moderate',
  help: 'Give each page-break marker its page number as its name: <span epub:type="pagebreak" role="doc-pagebreak" id="page-7" title="7"/> (or aria-label, or the number as text).',
  helpUrl: `${DAISY_KB}navigation/pagelist.html`,
  check: (epub) =>
    epub.contentDocuments.flatMap((document) =>
      document.pageBreaks
        .filter((marker) => !marker.hidden && marker.label === undefined)
        .map((marker) => ({ message: `The page break ${marker.selector} has no label: a reader hears no page number.`, document: document.path, selector: marker.selector })),
    ),
};
