import { DAISY_KB, type EpubRule } from '../epub-rule.js';
import { discoveryValues } from './discovery-metadata-rules.js';

/**
 * A page list ⇒ schema:accessibilityFeature pageNavigation (Colophon's own: a page list nobody is told about is not
 * found either). The other direction is Ace's metadata-accessibilityFeature-printPageNumbers-nopagelist.
 */
export const metadataPageNavigationPageList: EpubRule = {
  id: 'metadata-pagenavigation-pagelist',
  impact: 'moderate',
  help: 'Declare schema:accessibilityFeature pageNavigation when the navigation document has a page list (nav epub:type="page-list"; EPUB 2: the NCX pageList).',
  helpUrl: `${DAISY_KB}navigation/pagelist.html`,
  check: (epub) => {
    const declared = discoveryValues(epub, 'accessibilityFeature').includes('pageNavigation');
    const hasPageList = epub.navigation?.pageList !== undefined;
    if (declared || !hasPageList) return [];
    return [{ message: 'The navigation has a page list, but schema:accessibilityFeature does not declare pageNavigation.', ...(epub.navigation ? { document: epub.navigation.path } : {}) }];
  },
};
