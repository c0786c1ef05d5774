import type { Impact } from '../../model/finding.js';
import type { EpubPackage } from './read-epub-package.js';

/** One problem a rule found: where (the package document unless said) and, when it differs from the rule's, how bad. */
export interface EpubViolation {
  message: string;
  /** Container path of the document concerned; default: the package document. */
  document?: string;
  selector?: string;
  impact?: Impact;
}

/** One EPUB check, in the manner of Ace by DAISY. `check` returns the problems found (none: the rule passes). */
export interface EpubRule {
  id: string;
  /** The impact Ace gives (or, for Colophon's own rules, the impact axe gives the nearest rule). */
  impact: Impact;
  /** How to fix it. */
  help: string;
  helpUrl: string;
  /** Rules that only mean something in EPUB 3 (the package's xml:lang, the navigation document) are skipped for EPUB 2. */
  epub3Only?: boolean;
  check(epub: EpubPackage): EpubViolation[];
}

export const DISCOVERY_METADATA_URL = 'https://www.w3.org/TR/epub-a11y-11/#sec-discovery';
export const DAISY_KB = 'http://kb.daisy.org/publishing/docs/';

/** Shorthand for rules that report one message at the package document. */
export function atPackage(message: string): EpubViolation {
  return { message };
}
