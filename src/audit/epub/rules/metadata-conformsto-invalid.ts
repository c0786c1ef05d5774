import { DAISY_KB, type EpubRule } from '../epub-rule.js';
import { conformsToValues } from './conformance-claims.js';
import { CONFORMS_TO_STRINGS, CONFORMS_TO_URLS } from './schema-org-vocabulary.js';

/**
 * A conformance claim is written as EPUB Accessibility defines it (Ace: metadata-conformsto-invalid, moderate):
 * "EPUB Accessibility 1.1 - WCAG 2.x Level A/AA/AAA", or one of the EPUB Accessibility 1.0 URLs.
 */
export const metadataConformsToInvalid: EpubRule = {
  id: 'metadata-conformsto-invalid',
  impact: 'moderate',
  help: 'Write the claim exactly as "EPUB Accessibility 1.1 - WCAG 2.2 Level AA" (WCAG 2.0, 2.1 or 2.2; Level A, AA or AAA), or use the EPUB Accessibility 1.0 URL http://www.idpf.org/epub/a11y/accessibility-20170105.html#wcag-aa.',
  helpUrl: `${DAISY_KB}metadata/evaluation.html`,
  check: (epub) =>
    conformsToValues(epub)
      .filter((value) => (value.startsWith('EPUB Accessibility') && !CONFORMS_TO_STRINGS.has(value)) || (/^https?:\/\/www\.idpf\.org\/epub\/a11y\//.test(value) && !CONFORMS_TO_URLS.has(value)))
      .map((value) => ({ message: `dcterms:conformsTo "${value}" is not a conformance statement EPUB Accessibility defines.` })),
};
