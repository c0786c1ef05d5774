import { Command, CommanderError } from 'commander';
import { isColophonError } from '../errors.js';
import type { Impact } from '../model/finding.js';
import type { PageSize } from '../model/page-size.js';
import { type OutputFormat, publish } from '../publish/publish.js';
import { COLOPHON_VERSION } from '../version.js';
import { EXIT_AUDIT_FAILED, EXIT_PASSED, EXIT_TOOL_FAILED } from './exit-codes.js';
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

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  environment: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  environment: process.env,
  cwd: process.cwd(),
};

/** The `colophon` command. Returns the exit code: 0 passed, 2 audit failed, 1 tool failed. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = EXIT_PASSED;
  const program = new Command('colophon')
    .description('Publish an article accessibly: sanitized HTML, EPUB 3 and print PDF, audited.')
    .version(COLOPHON_VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

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
      exitCode = result.passed ? EXIT_PASSED : EXIT_AUDIT_FAILED;
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT_PASSED : EXIT_TOOL_FAILED;
  }
  if (isColophonError(error)) {
    io.stderr(`colophon: ${error.message} [${error.code}]\n  hint: ${error.hint}\n`);
    return EXIT_TOOL_FAILED;
  }
  io.stderr(`colophon: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n  hint: this is a bug in Colophon; please report it with the input that caused it.\n`);
  return EXIT_TOOL_FAILED;
}
