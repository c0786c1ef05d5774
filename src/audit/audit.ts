import type { RenderingBrowser } from '../browser/rendering-browser.js';
import { type Finding, impactRank } from '../model/finding.js';
import { auditEpub } from './epub/audit-epub.js';
import { auditHtml } from './html/audit-html.js';
import { auditPdf } from './pdf/audit-pdf.js';

export type AuditedKind = 'html' | 'epub' | 'pdf';

export interface AuditTarget {
  /** Name the findings give (a path, or the name the file will have). */
  file: string;
  kind: AuditedKind;
  bytes: Uint8Array;
}

export interface AuditOptions {
  browser: RenderingBrowser;
  /** axe rule tags; default WCAG 2.0/2.1/2.2 A and AA. */
  axeTags?: readonly string[];
}

export interface AuditedFile {
  file: string;
  kind: AuditedKind;
  findings: number;
}

export interface AuditResult {
  files: AuditedFile[];
  /** Deduplicated, worst first, then by rule and place. */
  findings: Finding[];
}

/** The audit stage: HTML through axe, EPUB through the package rules and axe, PDF through the PDF/UA rules. */
export async function audit(targets: readonly AuditTarget[], options: AuditOptions): Promise<AuditResult> {
  const files: AuditedFile[] = [];
  const all: Finding[] = [];
  for (const target of targets) {
    const common = { file: target.file, browser: options.browser, ...(options.axeTags ? { axeTags: options.axeTags } : {}) };
    const found =
      target.kind === 'html' ? await auditHtml(target.bytes, common)
      : target.kind === 'epub' ? await auditEpub(target.bytes, common)
      : await auditPdf(target.bytes, { file: target.file });
    files.push({ file: target.file, kind: target.kind, findings: found.length });
    all.push(...found);
  }
  return { files, findings: sortFindings(dedupe(all)) };
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const finding of findings) {
    const { file, document, selector, page } = finding.location;
    seen.set([finding.ruleId, finding.source, file, document, selector, page, finding.message].join('\u0000'), finding);
  }
  return [...seen.values()];
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      impactRank(b.impact) - impactRank(a.impact) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.location.file.localeCompare(b.location.file) ||
      (a.location.document ?? '').localeCompare(b.location.document ?? '') ||
      (a.location.selector ?? '').localeCompare(b.location.selector ?? ''),
  );
}
