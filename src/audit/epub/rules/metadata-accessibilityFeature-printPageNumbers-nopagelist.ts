import { DAISY_KB, type EpubRule } from '../epub-rule.js';
import { discoveryValues } from './discovery-metadata-rules.js';

/**
 * schema:accessibilityFeature pageNavigation ⇒ a page list (Ace's rule and id, moderate). The other direction, a page
 * list nobody is told about, is Colophon's own metadata-pagenavigation-pagelist.
 */
export const metadataPrintPageNumbersNoPageList: EpubRule = {
  id: 'metadata-accessibilityFeature-printPageNumbers-nopagelist',
  impact: 'moderate',
  help: 'Add a page list to the navigation document (nav epub:type="page-list"; EPUB 2: the NCX pageList), or do not declare schema:accessibilityFeature pageNavigation.',
  helpUrl: `${DAISY_KB}navigation/pagelist.html`,
  check: (epub) =>
    discoveryValues(epub, 'accessibilityFeature').includes('pageNavigation') && epub.navigation?.pageList === undefined
      ? [{ message: 'schema:accessibilityFeature declares pageNavigation, but there is no page list.' }]
      : [],
};
