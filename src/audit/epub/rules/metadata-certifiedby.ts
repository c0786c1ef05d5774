import type { EpubRule } from '../epub-rule.js';
import { conformsToValues } from './conformance-claims.js';
import { claimsEpubAccessibility } from './schema-org-vocabulary.js';

/**
 * Colophon's own rule (Ace has none): a conformance claim names who made it. EPUB Accessibility 1.1 §5.2
 * requires a11y:certifiedBy with every claim. Moderate: the claim is unverifiable, the book no harder to read.
 */
export const metadataCertifiedBy: EpubRule = {
  id: 'metadata-certifiedby',
  impact: 'moderate',
  help: 'Add <meta property="a11y:certifiedBy"> naming the person or organisation that evaluated the publication (refining the dcterms:conformsTo it vouches for).',
  helpUrl: 'https://www.w3.org/TR/epub-a11y-11/#sec-conf-reporting-pub',
  check: (epub) => {
    const claims = conformsToValues(epub).filter(claimsEpubAccessibility);
    if (claims.length === 0) return [];
    const certified = epub.metadata.metas.some((meta) => meta.property === 'a11y:certifiedBy' && meta.value.length > 0 && (epub.epubVersion === 2 || !meta.legacy));
    return certified ? [] : [{ message: `The package claims "${claims[0]}" but names no a11y:certifiedBy.` }];
  },
};
