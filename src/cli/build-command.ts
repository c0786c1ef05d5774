import { cpus } from 'node:os';
import type { Command } from 'commander';
import type { Impact } from '../model/finding.js';
import type { PageSize } from '../model/page-size.js';
import { discoverArticles } from '../batch/discover-articles.js';
import type { RenderingBrowser } from '../browser/rendering-browser.js';
import { locateBrowser } from '../config/browser-location.js';
import type { OutputFormat } from '../model/output-format.js';
import type { Io } from './io.js';
import { collectMeta, collectValues, parseBleed, parseFormats, parseImpact, parsePageSize, parsePositiveInteger } from './parse-options.js';

export interface BuildFlags {
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
  rectoChapters?: boolean;
  certifiedBy?: string;
  allowRemote?: boolean;
  allowOutside?: string[];
  title?: string;
  language?: string;
  /** `--meta key=value`, as given (read in metadata-overrides.ts once the command runs). */
  meta?: string[];
  server?: string;
  token?: string;
  narrate?: boolean;
  ttsCommand?: string;
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
    .option('--allow-outside <dir>', 'also let articles read files in this folder (repeatable; otherwise only their own folder)', collectValues)
    .option('--title <title>', 'the article’s title, over its metadata and first heading')
    .option('--language <tag>', 'the article’s language (BCP 47: fr, en-GB…), over its metadata and detection')
    .option('--meta <key=value>', 'a metadata field over the article’s own, keys as in article.yaml, the value read as YAML (repeatable): --meta date=2026-02-14', collectMeta)
    .option('--bleed <mm>', 'print bleed for a print shop, e.g. 3mm (TrimBox/BleedBox set)', parseBleed)
    .option('--crop-marks', 'draw crop marks outside the trim (as PDF artifacts)')
    .option('--no-hyphenation', 'do not hyphenate the print edition')
    .option('--recto-chapters', 'a book’s chapters and other divisions open on right-hand (odd) pages, after a blank page when needed')
    .option('--certified-by <name>', 'who is named as evaluator when the EPUB’s conformance claim is made')
    .option('--fail-on <level>', 'exit 2 when the audit finds something at this impact or worse: minor, moderate, serious, critical', parseImpact, 'serious' as Impact)
    .option('--no-audit', 'skip the audit and the reports')
    .option('--browser <path>', 'Chromium or Chrome binary (default: PUPPETEER_EXECUTABLE_PATH, then the system Chromium)')
    .option('--json', 'print the audit report as JSON on stdout')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-c, --concurrency <n>', 'articles built at once when there are several', parsePositiveInteger, cpus().length)
    .option('--timeout <seconds>', 'per-article limit when there are several; Chromium is restarted and the article retried once', parsePositiveInteger, 180)
    .option('--force', 'rebuild articles whose inputs have not changed since the last run')
    .option('--narrate', 'read-aloud EPUB: the text spoken by speech synthesis (espeak-ng) and synchronised with EPUB 3 Media Overlays')
    .option('--tts-command <template>', 'speech engine for --narrate (implies it), run without a shell: {lang} {voice} {out} (WAV; else stdout) {text} (file; else stdin)')
    .option('--server <url>', 'send the build to a running `colophon serve` and write its outputs here')
    .option('--token <token>', 'bearer token for --server (default: COLOPHON_TOKEN)')
    .action(async (patterns: string[], flags: BuildFlags) => {
      const inputs = await discoverArticles(patterns);
      if (flags.server) {
        const { buildRemotely } = await import('./run-remote-build.js');
        setExitCode(await buildRemotely(inputs, { ...flags, server: flags.server }, io));
        return;
      }
      // One article: Chromium starts now, while Node loads the pipeline (about as long as a launch takes).
      const launching = inputs.length === 1 && (flags.formats.includes('pdf') || flags.audit) ? launchBrowser(flags, io) : undefined;
      // A failed launch is reported by publish (after any problem with the input); until then it is not an unhandled rejection.
      launching?.catch(() => undefined);
      try {
        const { buildOne, buildSeveral } = await import('./run-build.js');
        setExitCode(inputs.length > 1 ? await buildSeveral(inputs, flags, io) : await buildOne(inputs[0] as string, flags, io, launching));
      } finally {
        await launching?.then((browser) => browser.close(), () => undefined);
      }
    });
}

async function launchBrowser(flags: BuildFlags, io: Io): Promise<RenderingBrowser> {
  const executablePath = locateBrowser({ explicit: flags.browser, environment: io.environment });
  const { RenderingBrowser } = await import('../browser/rendering-browser.js');
  // Two pages a script mode: documents are audited two at a time, and the PDF prints meanwhile.
  return RenderingBrowser.launch({ executablePath, pages: 2 });
}
