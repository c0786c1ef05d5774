import { DAISY_KB, type EpubRule } from '../epub-rule.js';
import { discoveryValues } from './discovery-metadata-rules.js';

/**
 * printPageNumbers / pageBreakMarkers are declared only when documents mark page breaks
 * (Ace's rule and id, moderate; Colophon called it metadata-pagebreakmarkers-pagebreaks before).
 */
export const metadataPrintPageNumbersNoPageBreaks: EpubRule = {
  id: 'metadata-accessibilityFeature-printPageNumbers-nopagebreaks',
  impact: 'moderate',
  help: 'Mark each print page break (epub:type="pagebreak" role="doc-pagebreak" with the page number as its label), or do not declare printPageNumbers/pageBreakMarkers.',
  helpUrl: `${DAISY_KB}navigation/pagelist.html`,
  check: (epub) => {
    const declared = discoveryValues(epub, 'accessibilityFeature').filter((value) => value === 'printPageNumbers' || value === 'pageBreakMarkers');
    if (declared.length === 0 || epub.contentDocuments.some((document) => document.hasPageBreaks)) return [];
    return [{ message: `schema:accessibilityFeature declares ${declared.join(' and ')}, but no document marks a page break.` }];
  },
};
