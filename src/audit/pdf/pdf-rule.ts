import type { Impact } from '../../model/finding.js';
import type { PdfFacts } from './read-pdf-catalog.js';

/** One PDF check, after veraPDF's PDF/UA-1 profile where it has a counterpart (`clause` names it). */
export interface PdfRule {
  id: string;
  impact: Impact;
  help: string;
  helpUrl: string;
  check(pdf: PdfFacts): string[];
}

