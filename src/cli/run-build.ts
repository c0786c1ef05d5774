import { buildBatch } from '../batch/build-batch.js';
import type { RenderingBrowser } from '../browser/rendering-browser.js';
import { locateBrowser } from '../config/browser-location.js';
import { type PrintOptions, publish } from '../publish/publish.js';
import { batchProgress, batchSummaryTable } from './batch-progress.js';
import type { BuildFlags } from './build-command.js';
import { EXIT_AUDIT_FAILED, EXIT_PASSED, EXIT_TOOL_FAILED } from './exit-codes.js';
import type { Io } from './io.js';
import { metadataOverrides } from './metadata-overrides.js';
import { buildSummary } from './terminal-summary.js';

/**
 * What `colophon build` does once its options are read (loaded only then: `--help` and `--version` do not
 * load the pipeline). One article goes through `publish` with the browser the command started; several
 * through `buildBatch`, which runs its own.
 */
export async function buildOne(input: string, flags: BuildFlags, io: Io, browser: Promise<RenderingBrowser> | undefined): Promise<number> {
  const result = await publish({
    input,
    print: printOptions(flags),
    ...(flags.allowRemote ? { allowRemote: true } : {}),
    ...(flags.allowOutside ? { allowOutside: flags.allowOutside } : {}),
    ...overridesOf(flags),
    ...(flags.certifiedBy ? { certifiedBy: flags.certifiedBy } : {}),
    ...narrationOptions(flags),
    outDir: flags.out,
    formats: flags.formats,
    pageSize: flags.pageSize,
    failOn: flags.failOn,
    audit: flags.audit,
    environment: io.environment,
    ...(browser ? { browser } : flags.browser ? { browser: { executablePath: flags.browser } } : {}),
  });
  if (flags.json && result.report) io.stdout(`${JSON.stringify(result.report, null, 2)}\n`);
  else if (!flags.quiet) io.stdout(`${buildSummary(result, io.cwd)}\n`);
  return result.passed ? EXIT_PASSED : EXIT_AUDIT_FAILED;
}

export async function buildSeveral(inputs: string[], flags: BuildFlags, io: Io): Promise<number> {
  const summary = await buildBatch({
    inputs,
    outDir: flags.out,
    executablePath: locateBrowser({ explicit: flags.browser, environment: io.environment }),
    formats: flags.formats,
    pageSize: flags.pageSize,
    print: printOptions(flags),
    ...(flags.allowRemote ? { allowRemote: true } : {}),
    ...(flags.allowOutside ? { allowOutside: flags.allowOutside } : {}),
    ...overridesOf(flags),
    audit: flags.audit,
    failOn: flags.failOn,
    concurrency: flags.concurrency,
    timeoutMs: flags.timeout * 1000,
    force: flags.force ?? false,
    ...narrationOptions(flags),
    ...(flags.quiet ? {} : { onEvent: batchProgress(inputs.length, { write: io.stdout, isTTY: io.isTTY ?? false }) }),
  });
  if (!flags.quiet || summary.failed.length > 0) io.stdout(`${batchSummaryTable(summary)}\n`);
  if (summary.failed.length > 0) return EXIT_TOOL_FAILED;
  return summary.auditFailed.length > 0 ? EXIT_AUDIT_FAILED : EXIT_PASSED;
}

function narrationOptions(flags: BuildFlags): { narrate?: boolean; ttsCommand?: string } {
  // --tts-command names the engine of a narration: given alone, it asks for one.
  if (!flags.narrate && flags.ttsCommand === undefined) return {};
  return { narrate: true, ...(flags.ttsCommand !== undefined && { ttsCommand: flags.ttsCommand }) };
}

/** `--title`, `--language`, `--meta`: over each article's own metadata. */
function overridesOf(flags: BuildFlags): { overrides?: Record<string, unknown> } {
  const overrides = metadataOverrides(flags);
  return overrides ? { overrides } : {};
}

function printOptions(flags: BuildFlags): PrintOptions {
  return { hyphenate: flags.hyphenation, ...(flags.bleed === undefined ? {} : { bleed: flags.bleed }), ...(flags.cropMarks ? { cropMarks: true } : {}), ...(flags.rectoChapters && { rectoChapters: true }) };
}
