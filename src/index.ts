/**
 * Colophon's public API. Everything a library user may import is listed here, and a test pins this list.
 * The pipeline: ingest → sanitize → composeDocument → renderWebPage / buildEpub / buildPdf → audit → report.
 */
export { publish, OUTPUT_FORMATS } from './publish/publish.js';
export type { PublishOptions, PublishResult, PublishedOutput, OutputFormat } from './publish/publish.js';

export { ingest } from './ingest/ingest.js';
export type { IngestOptions } from './ingest/ingest.js';
export { sanitize, sanitizeFragment } from './sanitize/sanitize.js';
export { SANITIZE_POLICY } from './sanitize/policy.js';
export { composeDocument } from './document/compose.js';
export { renderWebPage } from './render/web-page.js';
export { renderPrintPage } from './render/print-page.js';
export { buildEpub } from './epub/index.js';
export type { EpubBuildOptions, EpubResult } from './epub/index.js';
export { buildPdf } from './pdf/index.js';
export type { PdfBuildOptions } from './pdf/index.js';
export { audit } from './audit/audit.js';
export type { AuditOptions, AuditResult, AuditTarget, AuditedFile, AuditedKind, FileDetails, MetadataEntry, PageThumbnail, ReviewImage } from './audit/audit.js';
export { makeReport, reportJson, REPORT_SCHEMA_VERSION } from './report/audit-report.js';
export type { AuditReport } from './report/audit-report.js';
export { reportHtml } from './report/report-html.js';
export { auditReportSchema, reportJsonSchema } from './report/report-schema.js';
export { buildBatch } from './batch/build-batch.js';
export { StageWorkers } from './offload/stage-workers.js';
export type { StageRunner } from './offload/stage-runner.js';
export type { BatchEvent, BatchFailure, BatchOptions, BatchSummary } from './batch/build-batch.js';
export { discoverArticles } from './batch/discover-articles.js';


export { RenderingBrowser } from './browser/rendering-browser.js';
export type { LaunchOptions } from './browser/rendering-browser.js';
export { locateBrowser } from './config/browser-location.js';
export type { BrowserLocationInput } from './config/browser-location.js';
export { articleFileSchema } from './config/article-schema.js';
export type { ArticleFile } from './config/article-schema.js';

export { ColophonError, isColophonError } from './errors.js';
export type { ColophonErrorCode } from './errors.js';
export type { ArticleMetadata, FigureSource } from './model/metadata.js';
export type { Asset } from './model/asset.js';
export type { ArticleSource, SourceFormat } from './model/article-source.js';
export type { IngestedArticle, SanitizedArticle, SemanticDocument, HeadingEntry, FigureEntry, IngestWarning } from './model/document.js';
export type { Finding, FindingLocation, FindingSource, Impact } from './model/finding.js';
export { IMPACTS, failsAt } from './model/finding.js';
export type { PageSize } from './model/page-size.js';
export { PAGE_SIZES } from './model/page-size.js';
export { COLOPHON_VERSION } from './version.js';
