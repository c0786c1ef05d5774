import { cpus } from 'node:os';
import type { Command } from 'commander';
import type { Impact } from '../model/finding.js';
import type { PageSize } from '../model/page-size.js';
import { buildBatch } from '../batch/build-batch.js';
import { discoverArticles } from '../batch/discover-articles.js';
import { locateBrowser } from '../config/browser-location.js';
import { type OutputFormat, type PrintOptions, publish } from '../publish/publish.js';
import { batchProgress, batchSummaryTable } from './batch-progress.js';
import { EXIT_AUDIT_FAILED, EXIT_PASSED, EXIT_TOOL_FAILED } from './exit-codes.js';
import type { Io } from './io.js';
import { parseBleed, parseFormats, parseImpact, parsePageSize, parsePositiveInteger } from './parse-options.js';
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
  concurrency: number;
  timeout: number;
  force?: boolean;
  bleed?: number;
  cropMarks?: boolean;
  hyphenation: boolean;
  certifiedBy?: string;
  allowRemote?: boolean;
}

/** `colophon build <inputs…>`: the web page, EPUB and PDF of each article, audited; several articles share one browser. */
export function registerBuildCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('build')
    .description('Build the web page, EPUB and PDF of an article, and audit them.')
    .argument('<inputs...>', 'article files (.txt, .md, .html), folders holding article.yaml, folders to search, or globs')
    .option('-o, --out <dir>', 'output root; the article goes to <dir>/<slug>/', 'output')
    .option('-f, --formats <list>', 'comma-separated: html,epub,pdf', parseFormats, ['html', 'epub', 'pdf'] as OutputFormat[])
    .option('-p, --page-size <size>', 'A4, Letter, A5, or WIDTHxHEIGHTmm such as 170x240mm', parsePageSize, 'A4' as PageSize)
    .option('--allow-remote', 'download images the article names by http(s) URL (off: Colophon fetches nothing)')
    .option('--bleed <mm>', 'print bleed for a print shop, e.g. 3mm (TrimBox/BleedBox set)', parseBleed)
    .option('--crop-marks', 'draw crop marks outside the trim (as PDF artifacts)')
    .option('--no-hyphenation', 'do not hyphenate the print edition')
    .option('--certified-by <name>', 'who is named as evaluator when the EPUB’s conformance claim is made')
    .option('--fail-on <level>', 'exit 2 when the audit finds something at this impact or worse: minor, moderate, serious, critical', parseImpact, 'serious' as Impact)
    .option('--no-audit', 'skip the audit and the reports')
    .option('--browser <path>', 'Chromium or Chrome binary (default: PUPPETEER_EXECUTABLE_PATH, then the system Chromium)')
    .option('--json', 'print the audit report as JSON on stdout')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-c, --concurrency <n>', 'articles built at once when there are several', parsePositiveInteger, cpus().length)
    .option('--timeout <seconds>', 'per-article limit when there are several; Chromium is restarted and the article retried once', parsePositiveInteger, 180)
    .option('--force', 'rebuild articles whose inputs have not changed since the last run')
    .action(async (patterns: string[], flags: BuildFlags) => {
      const inputs = await discoverArticles(patterns);
      if (inputs.length > 1) {
        setExitCode(await buildSeveral(inputs, flags, io));
        return;
      }
      const input = inputs[0] as string;
      const result = await publish({
        input,
        print: printOptions(flags),
        ...(flags.allowRemote ? { allowRemote: true } : {}),
        ...(flags.certifiedBy ? { certifiedBy: flags.certifiedBy } : {}),
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

async function buildSeveral(inputs: string[], flags: BuildFlags, io: Io): Promise<number> {
  const summary = await buildBatch({
    inputs,
    outDir: flags.out,
    executablePath: locateBrowser({ explicit: flags.browser, environment: io.environment }),
    formats: flags.formats,
    pageSize: flags.pageSize,
    print: printOptions(flags),
    ...(flags.allowRemote ? { allowRemote: true } : {}),
    audit: flags.audit,
    failOn: flags.failOn,
    concurrency: flags.concurrency,
    timeoutMs: flags.timeout * 1000,
    force: flags.force ?? false,
    ...(flags.quiet ? {} : { onEvent: batchProgress(inputs.length, { write: io.stdout, isTTY: io.isTTY ?? false }) }),
  });
  if (!flags.quiet || summary.failed.length > 0) io.stdout(`${batchSummaryTable(summary)}\n`);
  if (summary.failed.length > 0) return EXIT_TOOL_FAILED;
  return summary.auditFailed.length > 0 ? EXIT_AUDIT_FAILED : EXIT_PASSED;
}

function printOptions(flags: BuildFlags): PrintOptions {
  return { hyphenate: flags.hyphenation, ...(flags.bleed === undefined ? {} : { bleed: flags.bleed }), ...(flags.cropMarks ? { cropMarks: true } : {}) };
}
