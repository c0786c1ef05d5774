import type { Command } from 'commander';
import { audit } from '../audit/audit.js';
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
    .option('--json', 'print the report as JSON')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (paths: string[], flags: AuditFlags) => {
      const targets = await collectAuditTargets(paths);
      const lease = await leaseBrowser(flags.browser ? { executablePath: flags.browser } : undefined, io.environment);
      try {
        const result = await audit(targets, { browser: lease.browser });
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
