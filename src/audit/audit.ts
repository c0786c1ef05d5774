import type { RenderingBrowser } from '../browser/rendering-browser.js';
import { type Finding, impactRank } from '../model/finding.js';
import { auditPdfFile } from './pdf/audit-pdf-file.js';
import { pdfThumbnails } from './pdf/pdf-thumbnails.js';
import { auditEpubWithDetails } from './epub/audit-epub.js';
import { auditHtmlWithDetails } from './html/audit-html.js';
import type { HumanCheck } from './human-checks/human-check.js';
import type { RuleCoverage } from './rule-coverage.js';
import { unreadableFileFinding } from './unreadable-file.js';

export type AuditedKind = 'html' | 'epub' | 'pdf';

export interface AuditTarget {
  /** Name the findings give (a path, or the name the file will have). */
  file: string;
  kind: AuditedKind;
  bytes: Uint8Array;
}

export interface AuditOptions {
  browser: RenderingBrowser;
  /** axe rule tags; default WCAG 2.0/2.1/2.2 A and AA. */
  axeTags?: readonly string[];
  /** Render small pictures of PDF pages for report.html (with poppler's pdftoppm). Default true. */
  pdfThumbnails?: boolean;
  /** Run axe on EPUB content documents (default true); see `EpubAuditOptions.axe`. */
  epubAxe?: boolean;
  /** Internal: reuse axe's findings on byte-identical documents audited before (default true; see `AxeMemo`). */
  reuseAxeResults?: boolean;
  /** Internal: pages an EPUB's documents go to axe on at once (default 2; see `runAxeOnDocuments`). */
  axePages?: number;
  /** Runs the PDF rules on a file (default `auditPdfFile`, in this thread; a batch gives its stage workers'). */
  auditPdf?: typeof auditPdfFile;
}

/** One audited file: its findings count, and what the reports show about it (optional fields: added in report schema 1.1). */
export interface AuditedFile extends FileDetails {
  file: string;
  kind: AuditedKind;
  findings: number;
}

/** One metadata item found in a file, as written: `dc:title`, `schema:accessMode`, PDF `/Lang`… */
export interface MetadataEntry {
  name: string;
  value: string;
}

/** An image for a person to review: no checker can tell whether a text alternative is right. */
export interface ReviewImage {
  /** EPUB: the content document; PDF: the structure path. */
  document?: string;
  page?: number;
  /** The image (container path in an EPUB, `src` as written in HTML); absent for PDF figures. */
  src?: string;
  /** undefined: no text alternative at all. */
  alt: string | undefined;
  caption?: string;
}

/** A small picture of one PDF page, for the HTML report. */
export interface PageThumbnail {
  page: number;
  /** `data:image/png;base64,…` */
  dataUri: string;
  width: number;
  height: number;
}

/** What the reports show about one audited file besides its findings (every field optional: older reports lack them). */
export interface FileDetails {
  /** e.g. `EPUB 3.0`, `EPUB 2.0`, `PDF 1.7`, `HTML`. */
  format?: string;
  metadata?: MetadataEntry[];
  images?: ReviewImage[];
  pageCount?: number;
  thumbnails?: PageThumbnail[];
  /** Things a reader of the report should know (EPUB 2 rules skipped, thumbnails not made…). */
  notes?: string[];
  /** Time the audit of this file took, in milliseconds. */
  durationMs?: number;
  /** The rules run on the file and what they found (absent: the file could not be read, nothing ran). */
  rules?: RuleCoverage;
  /** What a person must check in the file: no rule can (Matterhorn's human checkpoints, WCAG criteria, axe's "needs review"). */
  humanChecks?: HumanCheck[];
}

export interface AuditResult {
  files: AuditedFile[];
  /** Deduplicated, worst first, then by rule and place. */
  findings: Finding[];
}

/** The audit stage: HTML through axe, EPUB through the package rules and axe, PDF through the PDF/UA rules. */
export async function audit(targets: readonly AuditTarget[], options: AuditOptions): Promise<AuditResult> {
  // Files are audited at once (the browser's page pool bounds how many documents load together); results keep the targets' order.
  const audited = await Promise.all(
    targets.map(async (target) => {
      const started = performance.now();
      // A file that cannot be read is a finding of its own: the other files are still audited.
      const { findings, details } = await auditOne(target, options).catch((error: unknown) => unreadableFileFinding(target, error));
      const file: AuditedFile = { file: target.file, kind: target.kind, findings: findings.length, ...details, durationMs: Math.round(performance.now() - started) };
      return { file, findings };
    }),
  );
  return { files: audited.map((one) => one.file), findings: sortFindings(dedupe(audited.flatMap((one) => one.findings))) };
}

async function auditOne(target: AuditTarget, options: AuditOptions): Promise<{ findings: Finding[]; details: FileDetails }> {
  const common = { file: target.file, browser: options.browser, ...(options.axeTags ? { axeTags: options.axeTags } : {}), ...(options.reuseAxeResults === false && { reuse: false }), ...(options.axePages !== undefined && { pages: options.axePages }) };
  if (target.kind === 'html') return auditHtmlWithDetails(target.bytes, common);
  if (target.kind === 'epub') return auditEpubWithDetails(target.bytes, options.epubAxe === false ? { ...common, axe: false } : common);
  const { findings, details } = await (options.auditPdf ?? auditPdfFile)(target.bytes, target.file);
  if (options.pdfThumbnails === false) return { findings, details };
  const { thumbnails, note } = await pdfThumbnails(target.bytes);
  return { findings, details: { ...details, thumbnails, ...(note ? { notes: [note] } : {}) } };
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const finding of findings) {
    const { file, document, selector, page } = finding.location;
    seen.set([finding.ruleId, finding.source, file, document, selector, page, finding.message].join('\u0000'), finding);
  }
  return [...seen.values()];
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      impactRank(b.impact) - impactRank(a.impact) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.location.file.localeCompare(b.location.file) ||
      (a.location.document ?? '').localeCompare(b.location.document ?? '') ||
      (a.location.selector ?? '').localeCompare(b.location.selector ?? ''),
  );
}
