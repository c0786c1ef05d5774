import type { Impact } from '../../model/finding.js';
import type { EpubPackage } from './read-epub-package.js';

/** One EPUB package check. `check` returns a message per problem found (none: the rule passes). */
export interface EpubRule {
  id: string;
  impact: Impact;
  /** How to fix it. */
  help: string;
  helpUrl: string;
  check(epub: EpubPackage): string[];
}

export const DISCOVERY_METADATA_URL = 'https://www.w3.org/TR/epub-a11y-11/#sec-discovery';
