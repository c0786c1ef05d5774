import type { EpubRule } from '../epub-rule.js';
import { epubLang } from './epub-lang.js';
import { epubTitle } from './epub-title.js';
import { metadataAccessibilityFeature } from './metadata-accessibilityfeature.js';
import { metadataAccessibilityHazard } from './metadata-accessibilityhazard.js';
import { metadataAccessibilitySummary } from './metadata-accessibilitysummary.js';
import { metadataAccessMode } from './metadata-accessmode.js';
import { metadataAccessModeSufficient } from './metadata-accessmodesufficient.js';

/** Every EPUB package rule, in report order. */
export const EPUB_RULES: readonly EpubRule[] = [
  epubLang,
  epubTitle,
  metadataAccessMode,
  metadataAccessModeSufficient,
  metadataAccessibilityFeature,
  metadataAccessibilityHazard,
  metadataAccessibilitySummary,
];
