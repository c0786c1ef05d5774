import { relative } from 'node:path';
import type { PublishResult } from '../publish/publish.js';
import { type AuditReport, machineVerdict } from '../report/audit-report.js';

const TOP_FINDINGS = 10;

/** What `colophon build` prints: the files written, then the audit summary. */
export function buildSummary(result: PublishResult, cwd: string): string {
  const lines = [`${result.metadata.title}`];
  for (const output of Object.values(result.outputs)) {
    if (output) lines.push(`  wrote ${output.path ? relative(cwd, output.path) : output.name} (${formatBytes(output.bytes.length)})`);
  }
  if (result.report) lines.push(auditSummary(result.report));
  const removed = result.findings.filter((finding) => finding.ruleId === 'content-removed').length;
  if (removed > 0) lines.push(`  removed: ${removed} part(s) of the input left out of the article (content-removed in the report)`);
  for (const warning of result.document.warnings) lines.push(`  note: ${warning.message}`);
  return lines.join('\n');
}

/** The audit's counts by impact and format, then the worst findings, one per rule, with where and how to fix. */
export function auditSummary(report: AuditReport): string {
  const { byImpact, total } = report.summary;
  const lines =
    total === 0
      ? [`  audit: ${report.summary.humanChecks === undefined ? 'nothing to report' : machineVerdict(report)} — ${report.files.map((file) => `${file.file} (${file.format ?? file.kind})`).join(', ')}`]
      : [
          `  audit: ${total} finding(s): ${byImpact.critical} critical, ${byImpact.serious} serious, ${byImpact.moderate} moderate, ${byImpact.minor} minor — ${report.outcome.passed ? 'passed' : 'FAILED'} at --fail-on ${report.outcome.failOn}${report.summary.humanChecks === undefined ? '' : `; ${machineVerdict(report).split('; ')[1]}`}`,
          `  by format: ${byFormat(report)}`,
          ...report.files.map((file) => `    ${file.file} (${file.format ?? file.kind}): ${file.findings}`),
        ];
  for (const file of report.files) for (const note of file.notes ?? []) lines.push(`  note: ${file.file}: ${note}`);
  for (const finding of firstOfEachRule(report.findings).slice(0, TOP_FINDINGS)) {
    const count = report.findings.filter((candidate) => candidate.ruleId === finding.ruleId).length;
    lines.push(`  [${finding.impact}] ${finding.ruleId}${count > 1 ? ` (${count} places)` : ''} at ${where(finding)}: ${finding.message}`, `      fix: ${finding.help}`);
  }
  const rules = new Set(report.findings.map((finding) => finding.ruleId)).size;
  if (rules > TOP_FINDINGS) lines.push(`  … and ${rules - TOP_FINDINGS} more rule(s) in report.html / --json`);
  return lines.join('\n');
}

/** Findings are sorted worst first: the first of each rule is its worst. */
function firstOfEachRule(findings: AuditReport['findings']): AuditReport['findings'] {
  const firsts = new Map<string, AuditReport['findings'][number]>();
  for (const finding of findings) if (!firsts.has(finding.ruleId)) firsts.set(finding.ruleId, finding);
  return [...firsts.values()];
}

function byFormat(report: AuditReport): string {
  const counts = new Map<string, number>();
  for (const file of report.files) counts.set(file.kind, (counts.get(file.kind) ?? 0) + file.findings);
  return [...counts].map(([kind, count]) => `${kind.toUpperCase()} ${count}`).join(' · ');
}

function where(finding: AuditReport['findings'][number]): string {
  const { file, document, page, selector } = finding.location;
  return [file, document, page === undefined ? undefined : `page ${page}`, selector].filter(Boolean).join(' › ');
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}
