import type { Impact } from '../../model/finding.js';
import type { PdfFacts } from './pdf-facts.js';

/** What a rule found at one place: the page (1-based) and/or the structure path it concerns. */
export interface PdfViolation {
  message: string;
  page?: number;
  /** Structure path, e.g. `Document[1]/Art[1]/Figure[1]`. */
  selector?: string;
}

/**
 * One PDF check, after veraPDF's PDF/UA-1 profile: the id names the clause and test it follows
 * (`pdfua-7.1-t03` = ISO 14289-1 clause 7.1, veraPDF test 3).
 */
export interface PdfRule {
  id: string;
  impact: Impact;
  help: string;
  helpUrl: string;
  check(pdf: PdfFacts): PdfViolation[];
}

/** veraPDF's description of each PDF/UA-1 rule, which the rule ids follow. */
export const VERAPDF_PDFUA1_RULES = 'https://github.com/veraPDF/veraPDF-validation-profiles/wiki/PDFUA-Part-1-rules';
