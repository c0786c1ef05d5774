import type { BrowserSupervisor } from '../batch/browser-supervisor.js';
import { isColophonError } from '../errors.js';
import type { Impact } from '../model/finding.js';
import { IMPACTS } from '../model/finding.js';
import type { OutputFormat } from '../model/output-format.js';
import type { PageSize } from '../model/page-size.js';
import { type PublishResult, publish } from '../publish/publish.js';
import type { StageRunner } from '../offload/stage-runner.js';
import type { BuildInput } from './build-input.js';
import type { BuildError, BuildRecord, FindingsSummary, OutputKey } from './build-record.js';
import type { BuildStore, StoredOutput } from './store/build-store.js';

export interface RunBuildContext {
  store: BuildStore;
  /** A warm browser, restarted when it crashes or a build hangs past `timeoutMs`. */
  supervisor: BrowserSupervisor;
  timeoutMs: number;
  /** Written into the record while it runs (`host:pid`). */
  workerName?: string;
  /** Where the pure stages run (see `StageWorkers`); default this thread. */
  stages?: StageRunner;
}

/**
 * Runs one stored build: reads its input from the store, builds every output in memory with the warm browser,
 * writes them to the store and marks the record done. A ColophonError about the input (bad metadata, an unreadable
 * image) is the build's outcome: the record is `failed` with the error, and nothing is retried. Anything else
 * (the browser crashed, the build hung) is thrown, for the queue to retry.
 */
export async function runBuild(id: string, context: RunBuildContext): Promise<BuildRecord | undefined> {
  const [input, stored] = await Promise.all([context.store.readInput(id), context.store.readRecord(id)]);
  // Deleted while it waited: nothing to do.
  if (!input || !stored) return undefined;
  const running: BuildRecord = { ...stored, status: 'running', attempts: stored.attempts + 1, startedAt: new Date().toISOString(), ...(context.workerName && { worker: context.workerName }) };
  await context.store.writeRecord(running);
  let result: PublishResult;
  try {
    result = await context.supervisor.run(`Build ${id}`, context.timeoutMs, (browser) => publish({ ...publishOptions(input, browser), ...(context.stages && { stages: context.stages }) }));
  } catch (error) {
    if (isInputError(error)) return markFailed(running, error, context.store);
    throw error;
  }
  const outputs = storedOutputs(result);
  const done: BuildRecord = {
    ...running,
    status: 'done',
    slug: result.metadata.slug,
    finishedAt: new Date().toISOString(),
    outputs: Object.fromEntries(outputs.map((output) => [output.key, output.name])),
    findings: summarise(result),
  };
  await context.store.finish(done, outputs);
  return done;
}

/** Marks the build failed for good (its last attempt, or an error no retry can mend). */
export async function markFailed(record: BuildRecord, error: unknown, store: BuildStore): Promise<BuildRecord> {
  const failed: BuildRecord = { ...record, status: 'failed', finishedAt: new Date().toISOString(), error: buildError(error) };
  await store.writeRecord(failed);
  return failed;
}

export function buildError(error: unknown): BuildError {
  if (isColophonError(error)) return { code: error.code, message: error.message, hint: error.hint };
  return { code: 'BUILD_FAILED', message: error instanceof Error ? error.message : String(error), hint: 'This is a bug in Colophon or a failure of its browser; try again, and report it if it persists.' };
}

/** Errors that come from the article, not from the machine: trying again gives the same answer. */
function isInputError(error: unknown): boolean {
  return isColophonError(error) && !['BROWSER_FAILED', 'PDF_FAILED', 'AUDIT_FAILED', 'OUTPUT_FAILED', 'EPUB_FAILED'].includes(error.code);
}

function publishOptions(input: BuildInput, browser: Parameters<Parameters<BrowserSupervisor['run']>[2]>[0]): Parameters<typeof publish>[0] {
  const { options, source, files } = input;
  // The request's title, language and meta win over the article's metadata and front matter, as --title, --language, --meta do.
  const overrides = { ...options.meta, ...(options.title && { title: options.title }), ...(options.language && { language: options.language }) };
  return {
    input: source.name ?? 'article',
    source: { text: source.text, format: source.format, ...(source.metadata && { metadata: source.metadata }), files, ...(source.name && { name: source.name }) },
    ...(Object.keys(overrides).length > 0 && { overrides }),
    write: false,
    browser,
    ...(options.formats && { formats: options.formats as OutputFormat[] }),
    ...(options.pageSize && { pageSize: options.pageSize as PageSize }),
    ...(options.failOn && { failOn: options.failOn as Impact }),
    ...(options.audit !== undefined && { audit: options.audit }),
    ...(options.certifiedBy && { certifiedBy: options.certifiedBy }),
    print: {
      ...(options.bleed !== undefined && { bleed: options.bleed }),
      ...(options.cropMarks !== undefined && { cropMarks: options.cropMarks }),
      ...(options.hyphenation !== undefined && { hyphenate: options.hyphenation }),
    },
  };
}

function storedOutputs(result: PublishResult): StoredOutput[] {
  return (Object.entries(result.outputs) as [OutputKey, { name: string; bytes: Uint8Array }][])
    .map(([key, output]) => ({ key, name: output.name, bytes: output.bytes }));
}

function summarise(result: PublishResult): FindingsSummary {
  const byImpact = Object.fromEntries(IMPACTS.map((impact) => [impact, 0])) as Record<Impact, number>;
  for (const finding of result.findings) byImpact[finding.impact] += 1;
  return { total: result.findings.length, byImpact, passed: result.passed };
}
