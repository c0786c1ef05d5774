import { join } from 'node:path';
import { type AuditResult, type AuditTarget, audit, sortFindings } from '../audit/audit.js';
import type { RenderingBrowser } from '../browser/rendering-browser.js';
import { composeDocument } from '../document/compose.js';
import { buildAuditBackedEpub, buildEpub, type EpubBuildOptions } from '../epub/index.js';
import { ingest } from '../ingest/ingest.js';
import type { IngestedArticle, IngestWarning, SemanticDocument } from '../model/document.js';
import type { Finding, Impact } from '../model/finding.js';
import type { ArticleMetadata } from '../model/metadata.js';
import { DEFAULT_PAGE_SIZE, type PageSize } from '../model/page-size.js';
import { paginationOf } from '../pagination/index.js';
import { buildPdfWithWarnings } from '../pdf/index.js';
import { renderWebPage } from '../render/web-page.js';
import { type AuditReport, makeReport, reportJson } from '../report/audit-report.js';
import { reportHtml } from '../report/report-html.js';
import { sanitize } from '../sanitize/sanitize.js';
import { COLOPHON_VERSION } from '../version.js';
import { type BrowserLease, leaseBrowser } from './browser-lease.js';
import { type OutputFile, writeOutputs } from './write-outputs.js';

export type OutputFormat = 'html' | 'epub' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['html', 'epub', 'pdf'];

export interface PublishOptions {
  /** An article file (.txt, .md) or a folder holding article.yaml and the text. */
  input: string;
  /** Output root; the article goes to `<outDir>/<slug>/`. Default `output`. */
  outDir?: string;
  /** Default: all three. */
  formats?: readonly OutputFormat[];
  /** Download images named by http(s) URL while reading the input (never while rendering). Default false. */
  allowRemote?: boolean;
  /** The input already read by `ingest` (batch builds read it once to fingerprint it); `input` then only names it. */
  article?: IngestedArticle;
  pageSize?: PageSize;
  /** Print production: bleed (mm), crop marks, hyphenation of the print edition (default on). */
  print?: PrintOptions;
  /** Run the audit and write report.json / report.html. Default true. */
  audit?: boolean;
  /** Impact at which the audit fails (`passed: false`). Default `serious`. */
  failOn?: Impact;
  /** A running browser to reuse (batch builds), or where to find one; see `locateBrowser`. */
  browser?: RenderingBrowser | { executablePath?: string };
  /** Read PUPPETEER_EXECUTABLE_PATH from here when no browser path is given (the CLI passes process.env). */
  environment?: Readonly<Record<string, string | undefined>>;
  /** Write the files (default true). With false, only the bytes are returned. */
  write?: boolean;
  /**
   * Who evaluated the EPUB (`a11y:certifiedBy`) when its conformance claim is made, which happens only when
   * the audit runs and finds nothing in the EPUB. Default: the publisher, else the authors.
   */
  certifiedBy?: string;
}

export interface PrintOptions {
  /** Bleed in millimetres (0 to 20). */
  bleed?: number;
  cropMarks?: boolean;
  /** Soft hyphens for the article's language in the print edition; default true. */
  hyphenate?: boolean;
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
  const article = options.article ?? (await ingest({ path: options.input, ...(options.allowRemote ? { allowRemote: true } : {}) }));
  const document = composeDocument(sanitize(article));
  const { slug } = document.metadata;
  const outputDir = join(options.outDir ?? 'output', slug);
  const needsBrowser = formats.includes('pdf') || runAudit;
  const lease: BrowserLease | undefined = needsBrowser ? await leaseBrowser(options.browser, options.environment) : undefined;
  try {
    const made = await makeOutputs(document, formats, {
      pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
      print: options.print ?? {},
      lease,
      audit: runAudit,
      certifiedBy: options.certifiedBy,
    });
    const files: OutputFile[] = made.outputs.map(({ name, bytes }) => ({ name, bytes }));
    let findings: Finding[] = [];
    let report: AuditReport | undefined;
    if (runAudit && lease) {
      const result = await auditOutputs(made, lease.browser);
      findings = result.findings;
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
      outputs[key] = path ? { name: file.name, path, bytes } : { name: file.name, bytes };
    });
    const result: PublishResult = { metadata: document.metadata, document, outputDir, outputs, findings, passed: report?.outcome.passed ?? true };
    if (report) result.report = report;
    return result;
  } finally {
    await lease?.release();
  }
}

interface MadeOutput {
  name: string;
  format: OutputFormat;
  bytes: Uint8Array;
}

interface MadeOutputs {
  outputs: MadeOutput[];
  /** What the audit found in the EPUB while deciding on its conformance claim, when the EPUB is the one it audited. */
  epubFindings?: { file: string; findings: readonly Finding[] };
  /** Notes for the report (a page list left out). */
  warnings: IngestWarning[];
}

interface MakeOptions {
  pageSize: PageSize;
  print: PrintOptions;
  lease: BrowserLease | undefined;
  audit: boolean;
  certifiedBy: string | undefined;
}

/**
 * Web page, then PDF, then EPUB: the EPUB takes its page list from the PDF when both are made, and its
 * conformance claim from an audit of itself when the audit runs.
 */
async function makeOutputs(document: SemanticDocument, formats: readonly OutputFormat[], options: MakeOptions): Promise<MadeOutputs> {
  const { slug } = document.metadata;
  const made: MadeOutputs = { outputs: [], warnings: [] };
  const browser = options.lease?.browser;
  if (formats.includes('html')) made.outputs.push({ name: 'index.html', format: 'html', bytes: new TextEncoder().encode(await renderWebPage(document)) });
  let pdf: Uint8Array | undefined;
  if (formats.includes('pdf') && browser) {
    const printed = await buildPdfWithWarnings(document, { browser, pageSize: options.pageSize, ...options.print, producer: `Colophon ${COLOPHON_VERSION}` });
    pdf = printed.bytes;
    made.warnings.push(...printed.warnings);
  }
  if (formats.includes('epub')) {
    const name = `${slug}.epub`;
    const epubOptions: EpubBuildOptions = {
      ...(browser && { browser }),
      ...(pdf && { pageStarts: await pageStartsOf(pdf, document, made.warnings) }),
      ...(options.certifiedBy !== undefined && { certifiedBy: options.certifiedBy }),
    };
    if (options.audit && browser) {
      const backed = await buildAuditBackedEpub(document, epubOptions, async (bytes) => (await audit([{ file: name, kind: 'epub', bytes }], { browser })).findings);
      made.outputs.push({ name, format: 'epub', bytes: backed.epub.bytes });
      if (!backed.claimed) made.epubFindings = { file: name, findings: backed.findings };
    } else {
      made.outputs.push({ name, format: 'epub', bytes: (await buildEpub(document, epubOptions)).bytes });
    }
  }
  if (pdf) made.outputs.push({ name: `${slug}.pdf`, format: 'pdf', bytes: pdf });
  return made;
}

/** Where the PDF's pages start in the article; none (and a note) when a page cannot be found, rather than a wrong page list. */
async function pageStartsOf(pdf: Uint8Array, document: SemanticDocument, warnings: IngestWarning[]) {
  const pagination = await paginationOf(pdf, document);
  if (pagination.unplaced.length === 0) return pagination.pageStarts;
  const pages = pagination.unplaced.map((page) => page.page).join(', ');
  warnings.push({ code: 'PAGE_LIST_OMITTED', message: `The EPUB has no page list: the text of PDF page(s) ${pages} was not found in the article.` });
  return [];
}

/** The audit of every output; an EPUB audited already (and left unchanged) is not audited twice. */
async function auditOutputs(made: MadeOutputs, browser: RenderingBrowser): Promise<AuditResult> {
  const reused = made.epubFindings;
  const targets: AuditTarget[] = made.outputs.filter((output) => output.name !== reused?.file).map(({ name, format, bytes }) => ({ file: name, kind: format, bytes }));
  const result = await audit(targets, { browser });
  if (!reused) return result;
  const files = made.outputs.map(
    (output) => result.files.find((file) => file.file === output.name) ?? { file: output.name, kind: output.format, findings: reused.findings.length },
  );
  return { files, findings: sortFindings([...result.findings, ...reused.findings]) };
}

function outputKey(name: string, made: readonly MadeOutput[]): OutputFormat | 'reportJson' | 'reportHtml' {
  if (name === 'report.json') return 'reportJson';
  if (name === 'report.html') return 'reportHtml';
  return made.find((output) => output.name === name)?.format ?? 'html';
}
