import { type Command, InvalidArgumentError } from 'commander';
import { audit } from '../audit/audit.js';
import { DEFAULT_AXE_TAGS } from '../audit/axe/run-axe.js';
import { collectAuditTargets } from '../audit/collect-targets.js';
import type { Impact } from '../model/finding.js';
import { leaseBrowser } from '../publish/browser-lease.js';
import { writeOutputs } from '../publish/write-outputs.js';
import { makeReport, reportJson } from '../report/audit-report.js';
import { reportHtml } from '../report/report-html.js';
import { COLOPHON_VERSION } from '../version.js';
import { EXIT_AUDIT_FAILED, EXIT_PASSED } from './exit-codes.js';
import type { Io } from './io.js';
import { parseImpact } from './parse-options.js';
import { auditSummary } from './terminal-summary.js';

interface AuditFlags {
  failOn: Impact;
  report?: string;
  browser?: string;
  json?: boolean;
  quiet?: boolean;
  standard?: string[];
  thumbnails?: boolean;
}

/** `colophon audit <paths…>`: HTML, EPUB and PDF files, Colophon's or anyone's. */
export function registerAuditCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('audit')
    .description('Audit HTML, EPUB and PDF files (axe, EPUB package rules, PDF/UA rules).')
    .argument('<paths...>', 'files, or folders searched for .html, .xhtml, .epub and .pdf files')
    .option('--fail-on <level>', 'exit 2 when a finding is at this impact or worse: minor, moderate, serious, critical', parseImpact, 'serious' as Impact)
    .option('--report <dir>', 'also write report.json and report.html into this folder')
    .option('--browser <path>', 'Chromium or Chrome binary')
    .option('--standard <tags>', `axe rule tags to run, comma-separated (default: ${DEFAULT_AXE_TAGS.join(',')}; add best-practice for axe's advice)`, parseAxeTags)
    .option('--no-thumbnails', 'do not render PDF page thumbnails for report.html')
    .option('--json', 'print the report as JSON')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (paths: string[], flags: AuditFlags) => {
      const targets = await collectAuditTargets(paths);
      const lease = await leaseBrowser(flags.browser ? { executablePath: flags.browser } : undefined, io.environment);
      try {
        const result = await audit(targets, { browser: lease.browser, ...(flags.standard ? { axeTags: flags.standard } : {}), pdfThumbnails: flags.report !== undefined && flags.thumbnails !== false });
        const report = makeReport({ version: COLOPHON_VERSION, failOn: flags.failOn, files: result.files, findings: result.findings });
        if (flags.report) {
          await writeOutputs(flags.report, [{ name: 'report.json', bytes: reportJson(report) }, { name: 'report.html', bytes: reportHtml(report) }]);
        }
        if (flags.json) io.stdout(reportJson(report));
        else if (!flags.quiet) io.stdout(`${auditSummary(report)}\n`);
        setExitCode(report.outcome.passed ? EXIT_PASSED : EXIT_AUDIT_FAILED);
      } finally {
        await lease.release();
      }
    });
}

/** The axe tags `--standard` accepts: WCAG levels by version, Section 508, EN 301 549, best practices. */
const KNOWN_TAGS = new Set(['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'section508', 'EN-301-549', 'best-practice', 'wcag2a-obsolete', 'experimental']);

/** `--standard wcag2aa,best-practice` → ['wcag2aa', 'best-practice'] */
export function parseAxeTags(value: string): string[] {
  const tags = value.split(',').map((tag) => tag.trim()).filter(Boolean);
  const unknown = tags.filter((tag) => !KNOWN_TAGS.has(tag));
  if (tags.length === 0 || unknown.length > 0) throw new InvalidArgumentError(`expected a comma-separated list of axe tags (${[...KNOWN_TAGS].join(', ')}); got "${value}".`);
  return tags;
}
