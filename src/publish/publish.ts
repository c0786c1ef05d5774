import { join } from 'node:path';
import { sortFindings } from '../audit/audit.js';
import type { RenderingBrowser } from '../browser/rendering-browser.js';
import { composeDocument } from '../document/compose.js';
import { ingest } from '../ingest/ingest.js';
import { isBookFolder } from '../book/book-file.js';
import { ingestBook } from '../book/ingest-book.js';
import type { ArticleSource } from '../model/article-source.js';
import type { IngestedArticle, SemanticDocument } from '../model/document.js';
import type { Finding, Impact } from '../model/finding.js';
import type { ArticleMetadata } from '../model/metadata.js';
import { DEFAULT_PAGE_SIZE, type PageSize } from '../model/page-size.js';
import { type AuditReport, makeReport, reportJson } from '../report/audit-report.js';
import { reportHtml } from '../report/report-html.js';
import type { StageRunner } from '../offload/stage-runner.js';
import { sanitize } from '../sanitize/sanitize.js';
import { COLOPHON_VERSION } from '../version.js';
import { type BrowserChoice, type BrowserLease, leaseBrowser } from './browser-lease.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../model/output-format.js';
import { type MadeOutput, makeOutputs } from './make-outputs.js';
import { type OutputFile, writeOutputs } from './write-outputs.js';

export { OUTPUT_FORMATS, type OutputFormat } from '../model/output-format.js';

export interface PublishOptions {
  /** An article file (.txt, .md, .html) or a folder holding article.yaml and the text. */
  input?: string;
  /**
   * Or the article in memory: `{ text, format: 'markdown' | 'text' | 'html', metadata?, files? }`, `files` mapping the
   * relative paths the text names its images by to their bytes. No file is read; the outputs are those of the same
   * article on disk, byte for byte.
   */
  source?: ArticleSource;
  /** Output root; the article goes to `<outDir>/<slug>/`. Default `output`. */
  outDir?: string;
  /** Default: all three. */
  formats?: readonly OutputFormat[];
  /** Download images named by http(s) URL while reading the input (never while rendering). Default false. */
  allowRemote?: boolean;
  /** Folders outside the article's folder whose files it may read (`--allow-outside`); see IngestOptions. */
  allowOutside?: readonly string[];
  /** Metadata over the article's own (`--title`, `--language`, `--meta key=value`): the keys of article.yaml; see IngestOptions. */
  overrides?: Readonly<Record<string, unknown>>;
  /** The input already read by `ingest` (batch builds read it once to fingerprint it); `input` then only names it. */
  article?: IngestedArticle;
  pageSize?: PageSize;
  /** Print production: bleed (mm), crop marks, hyphenation of the print edition (default on). */
  print?: PrintOptions;
  /** Run the audit and write report.json / report.html. Default true. */
  audit?: boolean;
  /** Impact at which the audit fails (`passed: false`). Default `serious`. */
  failOn?: Impact;
  /**
   * A running browser to reuse (batch builds), one being launched (the CLI starts Chromium while it loads
   * the pipeline), or where to find one; see `locateBrowser`. A browser given here is the caller's to close.
   */
  browser?: BrowserChoice;
  /** Read PUPPETEER_EXECUTABLE_PATH from here when no browser path is given (the CLI passes process.env). */
  environment?: Readonly<Record<string, string | undefined>>;
  /** Write the files (default true). With false, only the bytes are returned. */
  write?: boolean;
  /**
   * Who evaluated the EPUB (`a11y:certifiedBy`) when its conformance claim is made, which happens only when
   * the audit runs and finds nothing in the EPUB. Default: the publisher, else the authors.
   */
  certifiedBy?: string;
  /** Called as Chromium is asked to print the PDF: progress (a batch reports it; its tests crash Chromium there). */
  onPrinting?: () => void;
  /** Read-aloud EPUB: the whole reading order spoken by speech synthesis and synchronised with EPUB 3 Media Overlays. Default false. */
  narrate?: boolean;
  /** With `narrate`: the speech engine as a command template (see `NarrationOptions.ttsCommand`); default espeak-ng. */
  ttsCommand?: string;
  /**
   * Where the pure stages run (PDF finishing, pagination, cover raster, PDF audit): in this thread by default; a
   * `StageWorkers` pool runs them on worker threads, as a batch does (see `StageRunner`).
   */
  stages?: StageRunner;
}

export interface PrintOptions {
  /** Bleed in millimetres (0 to 20). */
  bleed?: number;
  cropMarks?: boolean;
  /** Soft hyphens for the article's language in the print edition; default true. */
  hyphenate?: boolean;
  /** A book's chapters each start on a right-hand page (`--recto-chapters`); default false. */
  rectoChapters?: boolean;
}

export interface PublishedOutput {
  name: string;
  /** Where it was written (absent with `write: false`). */
  path?: string;
  bytes: Uint8Array;
}

export interface PublishResult {
  metadata: ArticleMetadata;
  document: SemanticDocument;
  /** `<outDir>/<slug>` */
  outputDir: string;
  outputs: Partial<Record<OutputFormat | 'reportJson' | 'reportHtml', PublishedOutput>>;
  findings: Finding[];
  report?: AuditReport;
  /** False when the audit found something at `failOn` or worse. */
  passed: boolean;
}

/** The whole pipeline for one article: ingest → sanitize → semantic document → HTML / EPUB / PDF → audit → report → files. */
export async function publish(options: PublishOptions): Promise<PublishResult> {
  const formats = options.formats ?? OUTPUT_FORMATS;
  const runAudit = options.audit ?? true;
  const failOn = options.failOn ?? 'serious';
  const needsBrowser = formats.includes('pdf') || runAudit;
  // Chromium starts while the input is read: the two are independent, and a launch costs about half a second.
  const leasing = needsBrowser ? leaseBrowser(options.browser, options.environment) : undefined;
  // Handled below: a failed launch is reported after any problem with the input, never as an unhandled rejection meanwhile.
  leasing?.catch(() => undefined);
  let document: SemanticDocument;
  try {
    const article = options.article ?? (options.input !== undefined && !options.source && isBookFolder(options.input) ? await ingestBook({ folder: options.input, ...(options.allowRemote && { allowRemote: true }), ...(options.overrides && { overrides: options.overrides }) }) : await ingest({ ...(options.source ? { source: options.source } : { path: options.input }), ...(options.allowRemote ? { allowRemote: true } : {}), ...(options.allowOutside ? { allowOutside: options.allowOutside } : {}), ...(options.overrides ? { overrides: options.overrides } : {}) }));
    document = composeDocument(sanitize(article));
  } catch (error) {
    await leasing?.then((lease) => lease.release(), () => undefined);
    throw error;
  }
  const { slug } = document.metadata;
  const outputDir = join(options.outDir ?? 'output', slug);
  const lease: BrowserLease | undefined = await leasing;
  try {
    const made = await makeOutputs(document, formats, {
      pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
      print: options.print ?? {},
      browser: lease?.browser,
      audit: runAudit,
      certifiedBy: options.certifiedBy,
      onPrinting: options.onPrinting,
      narration: options.narrate ? { ...(options.ttsCommand !== undefined && { ttsCommand: options.ttsCommand }) } : undefined,
      stages: options.stages,
    });
    const files: OutputFile[] = made.outputs.map(({ name, bytes }) => ({ name, bytes }));
    // What ingest found (a refused URL…) is returned with or without the audit, and counts in the report when there is one.
    let findings: Finding[] = document.findings ?? [];
    let report: AuditReport | undefined;
    if (made.audit) {
      const result = made.audit;
      findings = sortFindings([...findings, ...result.findings]);
      const warnings = [...document.warnings, ...made.warnings];
      report = makeReport({ version: COLOPHON_VERSION, failOn, files: result.files, findings, metadata: document.metadata, figures: document.figures, warnings });
      files.push({ name: 'report.json', bytes: reportJson(report) }, { name: 'report.html', bytes: reportHtml(report) });
    }
    const written = options.write === false ? [] : await writeOutputs(outputDir, files);
    const outputs: PublishResult['outputs'] = {};
    files.forEach((file, index) => {
      const key = outputKey(file.name, made.outputs);
      const bytes = typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes;
      const path = written[index];
      // A book's web edition is several pages: `html` is its first, `index.html` (the contents).
      if (outputs[key]) return;
      outputs[key] = path ? { name: file.name, path, bytes } : { name: file.name, bytes };
    });
    const result: PublishResult = { metadata: document.metadata, document, outputDir, outputs, findings, passed: report?.outcome.passed ?? true };
    if (report) result.report = report;
    return result;
  } finally {
    await lease?.release();
  }
}

function outputKey(name: string, made: readonly MadeOutput[]): OutputFormat | 'reportJson' | 'reportHtml' {
  if (name === 'report.json') return 'reportJson';
  if (name === 'report.html') return 'reportHtml';
  return made.find((output) => output.name === name)?.format ?? 'html';
}
