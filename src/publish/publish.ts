import { join } from 'node:path';
import { type AuditTarget, audit } from '../audit/audit.js';
import type { RenderingBrowser } from '../browser/rendering-browser.js';
import { composeDocument } from '../document/compose.js';
import { buildEpub } from '../epub/index.js';
import { ingest } from '../ingest/ingest.js';
import type { SemanticDocument } from '../model/document.js';
import type { Finding, Impact } from '../model/finding.js';
import type { ArticleMetadata } from '../model/metadata.js';
import { DEFAULT_PAGE_SIZE, type PageSize } from '../model/page-size.js';
import { buildPdf } from '../pdf/index.js';
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
  pageSize?: PageSize;
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
  const document = composeDocument(sanitize(await ingest({ path: options.input })));
  const { slug } = document.metadata;
  const outputDir = join(options.outDir ?? 'output', slug);
  const needsBrowser = formats.includes('pdf') || runAudit;
  const lease: BrowserLease | undefined = needsBrowser ? await leaseBrowser(options.browser, options.environment) : undefined;
  try {
    const made = await makeOutputs(document, formats, { pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE, lease });
    const files: OutputFile[] = made.map(({ name, bytes }) => ({ name, bytes }));
    let findings: Finding[] = [];
    let report: AuditReport | undefined;
    if (runAudit && lease) {
      const targets: AuditTarget[] = made.map(({ name, format, bytes }) => ({ file: name, kind: format, bytes }));
      const result = await audit(targets, { browser: lease.browser });
      findings = result.findings;
      report = makeReport({ version: COLOPHON_VERSION, failOn, files: result.files, findings, metadata: document.metadata, figures: document.figures, warnings: document.warnings });
      files.push({ name: 'report.json', bytes: reportJson(report) }, { name: 'report.html', bytes: reportHtml(report) });
    }
    const written = options.write === false ? [] : await writeOutputs(outputDir, files);
    const outputs: PublishResult['outputs'] = {};
    files.forEach((file, index) => {
      const key = outputKey(file.name, made);
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

async function makeOutputs(
  document: SemanticDocument,
  formats: readonly OutputFormat[],
  options: { pageSize: PageSize; lease: BrowserLease | undefined },
): Promise<MadeOutput[]> {
  const { slug } = document.metadata;
  const made: MadeOutput[] = [];
  if (formats.includes('html')) made.push({ name: 'index.html', format: 'html', bytes: new TextEncoder().encode(await renderWebPage(document)) });
  if (formats.includes('epub')) made.push({ name: `${slug}.epub`, format: 'epub', bytes: (await buildEpub(document)).bytes });
  if (formats.includes('pdf') && options.lease) {
    const pdf = await buildPdf(document, { browser: options.lease.browser, pageSize: options.pageSize, producer: `Colophon ${COLOPHON_VERSION}` });
    made.push({ name: `${slug}.pdf`, format: 'pdf', bytes: pdf });
  }
  return made;
}

function outputKey(name: string, made: readonly MadeOutput[]): OutputFormat | 'reportJson' | 'reportHtml' {
  if (name === 'report.json') return 'reportJson';
  if (name === 'report.html') return 'reportHtml';
  return made.find((output) => output.name === name)?.format ?? 'html';
}
