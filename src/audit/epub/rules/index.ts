import type { EpubRule } from '../epub-rule.js';
import { epubContentLang } from './epub-content-lang.js';
import { epubContentTitle } from './epub-content-title.js';
import { epubLang } from './epub-lang.js';
import { epubNavToc } from './epub-nav-toc.js';
import { epubPageListBroken } from './epub-pagelist-broken.js';
import { epubPageListMediaOverlays } from './epub-pagelist-mediaoverlays.js';
import { epubPageListMissingPageBreak } from './epub-pagelist-missing-pagebreak.js';
import { epubPageSource } from './epub-pagesource.js';
import { epubTitle } from './epub-title.js';
import { epubTocOrder } from './epub-toc-order.js';
import { epubTypeHasMatchingRole } from './epub-type-has-matching-role.js';
import { metadataAccessibilityFeature } from './metadata-accessibilityfeature.js';
import { metadataAccessibilityFeatureInvalid } from './metadata-accessibilityfeature-invalid.js';
import { metadataAccessibilityHazard } from './metadata-accessibilityhazard.js';
import { metadataAccessibilityHazardInvalid } from './metadata-accessibilityhazard-invalid.js';
import { metadataAccessibilitySummary } from './metadata-accessibilitysummary.js';
import { metadataAccessMode } from './metadata-accessmode.js';
import { metadataAccessModeInvalid } from './metadata-accessmode-invalid.js';
import { metadataAccessModeSufficient } from './metadata-accessmodesufficient.js';
import { metadataAccessModeSufficientInvalid } from './metadata-accessmodesufficient-invalid.js';
import { metadataCertifiedBy } from './metadata-certifiedby.js';
import { metadataConformsToInvalid } from './metadata-conformsto-invalid.js';
import { metadataPrintPageNumbersNoPageBreaks } from './metadata-accessibilityFeature-printPageNumbers-nopagebreaks.js';
import { metadataPrintPageNumbersNoPageList } from './metadata-accessibilityFeature-printPageNumbers-nopagelist.js';
import { metadataPageNavigationPageList } from './metadata-pagenavigation-pagelist.js';
import { pagebreakLabel } from './pagebreak-label.js';
import { unsafeUrlScheme } from './unsafe-url-scheme.js';

/** Every EPUB rule, in report order: package, discovery metadata, navigation, content documents. */
export const EPUB_RULES: readonly EpubRule[] = [
  epubLang,
  epubTitle,
  metadataAccessMode,
  metadataAccessModeInvalid,
  metadataAccessModeSufficient,
  metadataAccessModeSufficientInvalid,
  metadataAccessibilityFeature,
  metadataAccessibilityFeatureInvalid,
  metadataAccessibilityHazard,
  metadataAccessibilityHazardInvalid,
  metadataAccessibilitySummary,
  metadataConformsToInvalid,
  metadataCertifiedBy,
  metadataPrintPageNumbersNoPageList,
  metadataPageNavigationPageList,
  metadataPrintPageNumbersNoPageBreaks,
  epubPageSource,
  epubNavToc,
  epubTocOrder,
  epubPageListBroken,
  epubPageListMissingPageBreak,
  epubPageListMediaOverlays,
  epubContentTitle,
  epubContentLang,
  epubTypeHasMatchingRole,
  pagebreakLabel,
  unsafeUrlScheme,
];
