import { audit } from '../audit/audit.js';
import { collectAuditTargets } from '../audit/collect-targets.js';
import { leaseBrowser } from '../publish/browser-lease.js';
import { writeOutputs } from '../publish/write-outputs.js';
import { makeReport, reportJson } from '../report/audit-report.js';
import { reportHtml } from '../report/report-html.js';
import { COLOPHON_VERSION } from '../version.js';
import type { AuditFlags } from './audit-command.js';
import { EXIT_AUDIT_FAILED, EXIT_PASSED } from './exit-codes.js';
import type { Io } from './io.js';
import { auditSummary } from './terminal-summary.js';

/** What `colophon audit` does once its options are read (loaded only then). Chromium starts while the files are read. */
export async function runAudit(paths: string[], flags: AuditFlags, io: Io): Promise<number> {
  const leasing = leaseBrowser(flags.browser ? { executablePath: flags.browser } : undefined, io.environment);
  leasing.catch(() => undefined);
  let targets: Awaited<ReturnType<typeof collectAuditTargets>>;
  try {
    targets = await collectAuditTargets(paths);
  } catch (error) {
    await leasing.then((lease) => lease.release(), () => undefined);
    throw error;
  }
  const lease = await leasing;
  try {
    const result = await audit(targets, { browser: lease.browser, ...(flags.standard ? { axeTags: flags.standard } : {}), pdfThumbnails: flags.report !== undefined && flags.thumbnails !== false });
    const report = makeReport({ version: COLOPHON_VERSION, failOn: flags.failOn, files: result.files, findings: result.findings });
    if (flags.report) {
      await writeOutputs(flags.report, [{ name: 'report.json', bytes: reportJson(report) }, { name: 'report.html', bytes: reportHtml(report) }]);
    }
    if (flags.json) io.stdout(reportJson(report));
    else if (!flags.quiet) io.stdout(`${auditSummary(report)}\n`);
    return report.outcome.passed ? EXIT_PASSED : EXIT_AUDIT_FAILED;
  } finally {
    await lease.release();
  }
}
