import { DAISY_KB, type EpubRule, type EpubViolation } from '../epub-rule.js';
import { discoveryValues } from './discovery-metadata-rules.js';

/**
 * schema:accessibilityFeature pageNavigation ⇔ a page list (Ace: metadata-accessibilityFeature-printPageNumbers-nopagelist,
 * moderate, checks the ⇒ direction only; Colophon checks both: a page list nobody is told about is not found either).
 */
export const metadataPageNavigationPageList: EpubRule = {
  id: 'metadata-pagenavigation-pagelist',
  impact: 'moderate',
  help: 'Declare schema:accessibilityFeature pageNavigation exactly when the navigation document has a page list (nav epub:type="page-list"; EPUB 2: the NCX pageList).',
  helpUrl: `${DAISY_KB}navigation/pagelist.html`,
  check: (epub) => {
    const declared = discoveryValues(epub, 'accessibilityFeature').includes('pageNavigation');
    const hasPageList = epub.navigation?.pageList !== undefined;
    const violations: EpubViolation[] = [];
    if (declared && !hasPageList) violations.push({ message: 'schema:accessibilityFeature declares pageNavigation, but there is no page list.' });
    if (!declared && hasPageList) violations.push({ message: 'The navigation has a page list, but schema:accessibilityFeature does not declare pageNavigation.', ...(epub.navigation ? { document: epub.navigation.path } : {}) });
    return violations;
  },
};
