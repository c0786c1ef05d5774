import type { AuditedFile } from '../audit/audit.js';
import { type Finding, type FindingSource, IMPACTS, type Impact, failsAt } from '../model/finding.js';
import type { FigureEntry, IngestWarning } from '../model/document.js';
import type { ArticleMetadata } from '../model/metadata.js';

/** Version of the report.json schema; bumped on any incompatible change (docs/report-schema.md; additions of optional fields keep it). */
export const REPORT_SCHEMA_VERSION = 1;

/** The audit report: what report.json holds and report.html shows. */
export interface AuditReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: 'colophon'; version: string };
  article?: Pick<ArticleMetadata, 'title' | 'language' | 'slug' | 'identifier'>;
  outcome: { failOn: Impact; passed: boolean };
  /** `humanChecks`: checks a person must make, over all files (optional: older reports lack it). */
  summary: { total: number; byImpact: Record<Impact, number>; bySource: Partial<Record<FindingSource, number>>; humanChecks?: number };
  files: AuditedFile[];
  findings: Finding[];
  /** Every image with its alt text and caption, for a person to review (no checker can judge alt text). */
  figures: FigureEntry[];
  /** Notices from reading the input (a leftover kept, an encoding guessed). */
  warnings: IngestWarning[];
}

export interface ReportInput {
  version: string;
  failOn: Impact;
  files: AuditedFile[];
  findings: Finding[];
  metadata?: ArticleMetadata;
  figures?: FigureEntry[];
  warnings?: IngestWarning[];
}

export function makeReport(input: ReportInput): AuditReport {
  const byImpact = Object.fromEntries(IMPACTS.map((impact) => [impact, 0])) as Record<Impact, number>;
  const bySource: Partial<Record<FindingSource, number>> = {};
  for (const finding of input.findings) {
    byImpact[finding.impact] += 1;
    bySource[finding.source] = (bySource[finding.source] ?? 0) + 1;
  }
  const report: AuditReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'colophon', version: input.version },
    outcome: { failOn: input.failOn, passed: !failsAt(input.findings, input.failOn) },
    summary: { total: input.findings.length, byImpact, bySource, ...(input.files.some((file) => file.humanChecks !== undefined) && { humanChecks: humanCheckCount(input.files) }) },
    files: input.files,
    findings: input.findings,
    figures: input.figures ?? [],
    warnings: input.warnings ?? [],
  };
  if (input.metadata) {
    const { title, language, slug, identifier } = input.metadata;
    report.article = { title, language, slug, identifier };
  }
  return report;
}

/** Checks a person must make in these files (every file's `humanChecks`). */
export function humanCheckCount(files: readonly AuditedFile[]): number {
  return files.reduce((sum, file) => sum + (file.humanChecks?.length ?? 0), 0);
}

/** The verdict's first words: never "conforms", since the checks a person must make remain. */
export function machineVerdict(report: Pick<AuditReport, 'summary'>): string {
  const people = report.summary.humanChecks ?? 0;
  const needPeople = `${people} check${people === 1 ? '' : 's'} need${people === 1 ? 's' : ''} a person`;
  const failures = report.summary.total;
  return failures === 0 ? `no machine-checkable failure; ${needPeople}` : `${failures} machine-checkable finding${failures === 1 ? '' : 's'}; ${needPeople}`;
}

export function reportJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
