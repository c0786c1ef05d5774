export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
export const IMPACTS: readonly Impact[] = ['minor', 'moderate', 'serious', 'critical'];

/** `html`: Colophon's own markup rules on a web page (axe's are `axe`). */
export type FindingSource = 'axe' | 'epub' | 'pdf' | 'ingest' | 'html';

export interface FindingLocation {
  /** The file audited (as given or as written). */
  file: string;
  /** For an EPUB: the document inside it. */
  document?: string;
  /** CSS selector, PDF page, or structure path. */
  selector?: string;
  page?: number;
}

/** One thing an audit found. Findings are data: the report, the exit code and the EPUB's conformance claim read them. */
export interface Finding {
  ruleId: string;
  source: FindingSource;
  impact: Impact;
  location: FindingLocation;
  message: string;
  help: string;
  helpUrl?: string;
}

export function impactRank(impact: Impact): number {
  return IMPACTS.indexOf(impact);
}

/** True when at least one finding is at `level` or worse. */
export function failsAt(findings: readonly Finding[], level: Impact): boolean {
  return findings.some((finding) => impactRank(finding.impact) >= impactRank(level));
}
