import { join } from 'node:path';
import { ColophonError, isColophonError } from '../errors.js';
import { ingest } from '../ingest/ingest.js';
import { isBookFolder } from '../book/book-file.js';
import { ingestBook } from '../book/ingest-book.js';
import type { IngestedArticle } from '../model/document.js';
import type { Impact } from '../model/finding.js';
import type { PageSize } from '../model/page-size.js';
import { type OutputFormat, type PrintOptions, type PublishResult, publish } from '../publish/publish.js';
import { writeOutputs } from '../publish/write-outputs.js';
import { COLOPHON_VERSION } from '../version.js';
import { StageWorkers } from '../offload/stage-workers.js';
import type { StageRunner } from '../offload/stage-runner.js';
import { BrowserSupervisor } from './browser-supervisor.js';
import { buildFingerprint } from './build-fingerprint.js';
import { BuildLedger } from './build-ledger.js';

export interface BatchOptions {
  /** Article inputs (see discoverArticles). */
  inputs: readonly string[];
  outDir: string;
  executablePath: string;
  formats?: readonly OutputFormat[];
  pageSize?: PageSize;
  print?: PrintOptions;
  allowRemote?: boolean;
  /** Folders outside each article's folder whose files it may read (`--allow-outside`); see IngestOptions. */
  allowOutside?: readonly string[];
  /** Metadata over every article's own (`--title`, `--language`, `--meta`); see IngestOptions. */
  overrides?: Readonly<Record<string, unknown>>;
  audit?: boolean;
  failOn?: Impact;
  /** Articles built at once (pages in the one browser). Default 1. */
  concurrency?: number;
  /** Per-article limit; past it Chromium is restarted and the article retried once. Default 180 s. */
  timeoutMs?: number;
  /** Rebuild even when nothing changed. */
  force?: boolean;
  /** Read-aloud EPUBs, and the speech command (see PublishOptions). */
  narrate?: boolean;
  ttsCommand?: string;
  onEvent?: (event: BatchEvent) => void;
  /** A supervisor of the caller's (it stays open); by default the batch launches its own. */
  supervisor?: BrowserSupervisor;
}

export type BatchEvent =
  /** The article's PDF print has begun in Chromium (`attempt` 1, or 2 on the retry); nothing of the article is written yet. */
  | { type: 'printing'; input: string; attempt: 1 | 2 }
  | { type: 'built'; input: string; slug: string; passed: boolean; ms: number }
  | { type: 'skipped'; input: string }
  | { type: 'retrying'; input: string; error: ColophonError }
  | { type: 'failed'; input: string; error: ColophonError };

export interface BatchFailure {
  input: string;
  code: string;
  message: string;
  hint: string;
}

export interface BatchSummary {
  total: number;
  built: number;
  skipped: number;
  /** Built, but the audit failed at `failOn`. */
  auditFailed: string[];
  failed: BatchFailure[];
  /** Inputs retried after Chromium crashed or the article hung past the timeout (built or not in the end). */
  retried: string[];
}

/**
 * Builds many articles with one Chromium and a pool of pages. One bad article never costs the others their
 * output: each is built in memory and written through temporary files only when complete; a crash or hang
 * restarts Chromium and retries that article once; unchanged inputs are skipped.
 */
export async function buildBatch(options: BatchOptions): Promise<BatchSummary> {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const supervisor = options.supervisor ?? new BrowserSupervisor({ executablePath: options.executablePath, pages: concurrency });
  const ledger = await BuildLedger.open(options.outDir);
  const summary: BatchSummary = { total: options.inputs.length, built: 0, skipped: 0, auditFailed: [], failed: [], retried: [] };
  // The pure stages on worker threads: the event loop only drives Chromium and the I/O (see `StageWorkers`). One thread
  // fewer than articles at once: the event loop has work of its own; measured with concurrency 2 on two cores, one
  // stage thread was as fast as two and the tree's peak 80–250 MiB smaller (60 audited articles, two runs each).
  const stages = new StageWorkers(Math.max(1, concurrency - 1), { timeoutMs: options.timeoutMs ?? 180_000 });
  const slugs = new Map<string, string>();
  const queue = [...options.inputs];
  const worker = async () => {
    for (let input = queue.shift(); input !== undefined; input = queue.shift()) {
      await buildOne(input, { options, supervisor, ledger, summary, slugs, stages });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  } finally {
    await stages.close();
    if (!options.supervisor) await supervisor.close();
  }
  return summary;
}

interface BatchContext {
  options: BatchOptions;
  supervisor: BrowserSupervisor;
  ledger: BuildLedger;
  summary: BatchSummary;
  slugs: Map<string, string>;
  stages: StageRunner;
}

async function buildOne(input: string, context: BatchContext): Promise<void> {
  const { options, summary } = context;
  const started = performance.now();
  try {
    const article = isBookFolder(input) ? await ingestBook({ folder: input, ...(options.allowRemote ? { allowRemote: true } : {}), ...(options.overrides ? { overrides: options.overrides } : {}) }) : await ingest({ path: input, ...(options.allowRemote ? { allowRemote: true } : {}), ...(options.allowOutside ? { allowOutside: options.allowOutside } : {}), ...(options.overrides ? { overrides: options.overrides } : {}) });
    const slug = article.metadata.slug;
    claimSlug(context.slugs, slug, input);
    const buildOptions = { formats: options.formats, pageSize: options.pageSize, print: options.print, audit: options.audit, failOn: options.failOn, narrate: options.narrate, ttsCommand: options.ttsCommand };
    const fingerprint = buildFingerprint(article, buildOptions, COLOPHON_VERSION);
    if (!options.force && context.ledger.isCurrent(input, fingerprint)) {
      summary.skipped += 1;
      options.onEvent?.({ type: 'skipped', input });
      return;
    }
    const result = await publishWithRetry(input, article, context);
    const files = Object.values(result.outputs).flatMap((output) => (output ? [{ name: output.name, bytes: output.bytes }] : []));
    await writeOutputs(join(options.outDir, slug), files);
    await context.ledger.record(input, { fingerprint, slug, files: files.map((file) => file.name) });
    summary.built += 1;
    if (!result.passed) summary.auditFailed.push(input);
    options.onEvent?.({ type: 'built', input, slug, passed: result.passed, ms: Math.round(performance.now() - started) });
  } catch (error) {
    const failure = asColophonError(error);
    summary.failed.push({ input, code: failure.code, message: failure.message, hint: failure.hint });
    options.onEvent?.({ type: 'failed', input, error: failure });
  }
}

async function publishWithRetry(input: string, article: IngestedArticle, context: BatchContext): Promise<PublishResult> {
  const attempt = (number: 1 | 2) =>
    context.supervisor.run(input, context.options.timeoutMs ?? 180_000, (browser) =>
      publish({
        input,
        article,
        browser,
        write: false,
        stages: context.stages,
        onPrinting: () => context.options.onEvent?.({ type: 'printing', input, attempt: number }),
        ...(context.options.formats ? { formats: context.options.formats } : {}),
        ...(context.options.pageSize ? { pageSize: context.options.pageSize } : {}),
        ...(context.options.print ? { print: context.options.print } : {}),
        ...(context.options.allowRemote ? { allowRemote: true } : {}),
        ...(context.options.audit === undefined ? {} : { audit: context.options.audit }),
        ...(context.options.failOn ? { failOn: context.options.failOn } : {}),
        ...(context.options.narrate ? { narrate: true, ...(context.options.ttsCommand !== undefined && { ttsCommand: context.options.ttsCommand }) } : {}),
      }),
    );
  try {
    return await attempt(1);
  } catch (error) {
    if (isColophonError(error) && error.code !== 'BROWSER_FAILED' && error.code !== 'PDF_FAILED' && error.code !== 'AUDIT_FAILED') throw error;
    context.summary.retried.push(input);
    context.options.onEvent?.({ type: 'retrying', input, error: asColophonError(error) });
    return attempt(2);
  }
}

function claimSlug(slugs: Map<string, string>, slug: string, input: string): void {
  const owner = slugs.get(slug);
  if (owner !== undefined && owner !== input) {
    throw new ColophonError('OPTIONS_INVALID', `${input} has the same output name "${slug}" as ${owner}.`, {
      hint: 'Give one of them another `slug:` in its metadata.',
    });
  }
  slugs.set(slug, input);
}

function asColophonError(error: unknown): ColophonError {
  if (isColophonError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ColophonError('BROWSER_FAILED', `The build failed: ${message}`, {
    hint: 'If Chromium crashed, the article was retried once; run it alone to see the whole error.',
    cause: error,
  });
}
