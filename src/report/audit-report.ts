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
  summary: { total: number; byImpact: Record<Impact, number>; bySource: Partial<Record<FindingSource, number>> };
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
    summary: { total: input.findings.length, byImpact, bySource },
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

export function reportJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
