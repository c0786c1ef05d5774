import { relative } from 'node:path';
import type { PublishResult } from '../publish/publish.js';
import type { AuditReport } from '../report/audit-report.js';

const TOP_FINDINGS = 10;

/** What `colophon build` prints: the files written, then the audit summary. */
export function buildSummary(result: PublishResult, cwd: string): string {
  const lines = [`${result.metadata.title}`];
  for (const output of Object.values(result.outputs)) {
    if (output) lines.push(`  wrote ${output.path ? relative(cwd, output.path) : output.name} (${formatBytes(output.bytes.length)})`);
  }
  if (result.report) lines.push(auditSummary(result.report));
  for (const warning of result.document.warnings) lines.push(`  note: ${warning.message}`);
  return lines.join('\n');
}

/** The audit's counts by impact and format, and the worst findings with where and how to fix. */
export function auditSummary(report: AuditReport): string {
  const { byImpact, total } = report.summary;
  const formats = report.files.map((file) => `${file.file} (${file.kind}): ${file.findings}`).join(', ');
  const lines = [
    total === 0
      ? `  audit: nothing to report — ${formats}`
      : `  audit: ${total} finding(s): ${byImpact.critical} critical, ${byImpact.serious} serious, ${byImpact.moderate} moderate, ${byImpact.minor} minor — ${report.outcome.passed ? 'passed' : 'FAILED'} at --fail-on ${report.outcome.failOn}\n  by file: ${formats}`,
  ];
  for (const finding of report.findings.slice(0, TOP_FINDINGS)) {
    const where = [finding.location.file, finding.location.document, finding.location.page === undefined ? undefined : `page ${finding.location.page}`, finding.location.selector].filter(Boolean).join(' › ');
    lines.push(`  [${finding.impact}] ${finding.ruleId} at ${where}: ${finding.message}`, `      fix: ${finding.help}`);
  }
  if (report.findings.length > TOP_FINDINGS) lines.push(`  … and ${report.findings.length - TOP_FINDINGS} more in report.html / --json`);
  return lines.join('\n');
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}
