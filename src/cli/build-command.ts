import type { Command } from 'commander';
import type { Impact } from '../model/finding.js';
import type { PageSize } from '../model/page-size.js';
import { type OutputFormat, publish } from '../publish/publish.js';
import { EXIT_AUDIT_FAILED, EXIT_PASSED } from './exit-codes.js';
import type { Io } from './io.js';
import { parseFormats, parseImpact, parsePageSize } from './parse-options.js';
import { buildSummary } from './terminal-summary.js';

interface BuildFlags {
  out: string;
  formats: OutputFormat[];
  pageSize: PageSize;
  failOn: Impact;
  audit: boolean;
  browser?: string;
  json?: boolean;
  quiet?: boolean;
}

/** `colophon build <input>`: the web page, EPUB and PDF of one article, audited. */
export function registerBuildCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('build')
    .description('Build the web page, EPUB and PDF of an article, and audit them.')
    .argument('<input>', 'an article file (.txt, .md) or a folder holding article.yaml and the text')
    .option('-o, --out <dir>', 'output root; the article goes to <dir>/<slug>/', 'output')
    .option('-f, --formats <list>', 'comma-separated: html,epub,pdf', parseFormats, ['html', 'epub', 'pdf'] as OutputFormat[])
    .option('-p, --page-size <size>', 'A4, Letter or A5', parsePageSize, 'A4' as PageSize)
    .option('--fail-on <level>', 'exit 2 when the audit finds something at this impact or worse: minor, moderate, serious, critical', parseImpact, 'serious' as Impact)
    .option('--no-audit', 'skip the audit and the reports')
    .option('--browser <path>', 'Chromium or Chrome binary (default: PUPPETEER_EXECUTABLE_PATH, then the system Chromium)')
    .option('--json', 'print the audit report as JSON on stdout')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (input: string, flags: BuildFlags) => {
      const result = await publish({
        input,
        outDir: flags.out,
        formats: flags.formats,
        pageSize: flags.pageSize,
        failOn: flags.failOn,
        audit: flags.audit,
        environment: io.environment,
        ...(flags.browser ? { browser: { executablePath: flags.browser } } : {}),
      });
      if (flags.json && result.report) io.stdout(`${JSON.stringify(result.report, null, 2)}\n`);
      else if (!flags.quiet) io.stdout(`${buildSummary(result, io.cwd)}\n`);
      setExitCode(result.passed ? EXIT_PASSED : EXIT_AUDIT_FAILED);
    });
}
