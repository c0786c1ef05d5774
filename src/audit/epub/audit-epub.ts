import type { RenderingBrowser } from '../../browser/rendering-browser.js';
import type { SiteFile } from '../../browser/in-memory-site.js';
import type { Finding } from '../../model/finding.js';
import type { FileDetails } from '../audit.js';
import { splitAxeResults } from '../axe/axe-results.js';
import { DEFAULT_AXE_TAGS, runAxeOnDocuments } from '../axe/run-axe.js';
import { humanChecksFor } from '../human-checks/human-checks-for.js';
import { ruleCoverage } from '../rule-coverage.js';
import { describeEpub } from './describe-epub.js';
import type { EpubRule } from './epub-rule.js';
import { type EpubPackage, readEpubPackage } from './read-epub-package.js';
import { EPUB_RULES } from './rules/index.js';

/**
 * The axe rules an EPUB's content documents are checked with unless told otherwise: Ace by DAISY's set, WCAG 2.0/2.1/2.2
 * A and AA and best-practice (with Ace's configuration, see ace-epub-profile.ts).
 */
export const EPUB_AXE_TAGS: readonly string[] = [...DEFAULT_AXE_TAGS, 'best-practice'];

export interface EpubAudit {
  findings: Finding[];
  /** What the report shows about the file: version, metadata, images to review, notes. */
  details: FileDetails;
}

export interface EpubAuditOptions {
  file: string;
  browser: RenderingBrowser;
  /** axe rule tags; default `EPUB_AXE_TAGS`. */
  axeTags?: readonly string[];
  /**
   * Run axe on the content documents (default true). False only when the same content documents were
   * audited already and found clean, e.g. an EPUB rebuilt with a conformance claim, which changes the
   * package document alone.
   */
  axe?: boolean;
  /** Internal: reuse axe's findings on byte-identical documents and open pages (default true; see `runAxeOnDocuments`). */
  reuse?: boolean;
  /** Internal: pages the documents go to axe on at once (default 2). */
  pages?: number;
}

/** Package rules on the EPUB, then axe on every content document, each loaded with its own CSS, images and fonts. */
export async function auditEpub(bytes: Uint8Array, options: EpubAuditOptions): Promise<Finding[]> {
  return (await auditEpubWithDetails(bytes, options)).findings;
}

export async function auditEpubWithDetails(bytes: Uint8Array, options: EpubAuditOptions): Promise<EpubAudit> {
  const epub = await readEpubPackage(bytes, options.file);
  const rules = EPUB_RULES.filter((rule) => epub.epubVersion === 3 || !rule.epub3Only);
  const findings = packageFindings(epub, rules, options.file);
  const site = siteOf(epub);
  // The documents go to axe together, on two pages, the next document written in place into each (see runAxeOnDocuments).
  const documents = epub.contentDocuments.map((document) => ({ entry: document.path, location: { file: options.file, document: document.path } }));
  const axeOptions = { browser: options.browser, site, documents, tags: options.axeTags ?? EPUB_AXE_TAGS, ...(options.reuse === false && { reuse: false }), ...(options.pages !== undefined && { pages: options.pages }) };
  const perDocument = options.axe === false ? [] : await runAxeOnDocuments(axeOptions);
  const axe = splitAxeResults(perDocument.flat());
  findings.push(...axe.findings);
  const skipped = EPUB_RULES.filter((rule) => !rules.includes(rule)).map((rule) => rule.id);
  const details = describeEpub(epub, skipped);
  const humanChecks = humanChecksFor('epub', { hasImages: (details.images?.length ?? 0) > 0 }, axe.review);
  return { findings, details: { ...details, rules: ruleCoverage(rules.map((rule) => rule.id), findings, axe.outcomes), humanChecks } };
}

/** Runs the package rules alone (no browser): what `auditEpub` reports besides axe. */
export function packageFindings(epub: EpubPackage, rules: readonly EpubRule[], file: string): Finding[] {
  return rules.flatMap((rule) =>
    rule.check(epub).map((violation) => ({
      ruleId: rule.id,
      source: 'epub' as const,
      impact: violation.impact ?? rule.impact,
      location: { file, document: violation.document ?? epub.opfPath, ...(violation.selector ? { selector: violation.selector } : {}) },
      message: violation.message,
      help: rule.help,
      helpUrl: rule.helpUrl,
    })),
  );
}

function siteOf(epub: EpubPackage): Map<string, SiteFile> {
  const site = new Map<string, SiteFile>();
  for (const [path, body] of epub.files) {
    const mediaType = epub.manifest.find((item) => item.path === path)?.mediaType || 'application/octet-stream';
    site.set(path, { mediaType, body });
  }
  return site;
}
