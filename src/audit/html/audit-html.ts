import type { RenderingBrowser } from '../../browser/rendering-browser.js';
import { parseFragment } from '../../markup/html-tree.js';
import type { Finding } from '../../model/finding.js';
import type { FileDetails } from '../audit.js';
import { splitAxeResults } from '../axe/axe-results.js';
import { runAxe } from '../axe/run-axe.js';
import { humanChecksFor } from '../human-checks/human-checks-for.js';
import { ruleCoverage } from '../rule-coverage.js';
import { describeHtml } from './describe-html.js';
import { UNSAFE_URL_SCHEME, findUnsafeUrls } from '../markup/unsafe-url-scheme.js';

/** axe on one HTML page, served alone (a standalone page has its styles, fonts and images inside), then Colophon's markup rule. */
export async function auditHtml(html: string | Uint8Array, options: HtmlAuditOptions): Promise<Finding[]> {
  return (await auditHtmlWithDetails(html, options)).findings;
}

type HtmlAuditOptions = { file: string; browser: RenderingBrowser; axeTags?: readonly string[]; reuse?: boolean };

/** `auditHtml`, with what the report shows about the page: title, language, images, the rules run, the checks left to a person. */
export async function auditHtmlWithDetails(html: string | Uint8Array, options: HtmlAuditOptions): Promise<{ findings: Finding[]; details: FileDetails }> {
  const site = new Map([['index.html', { mediaType: 'text/html; charset=utf-8', body: html }]]);
  const base = { browser: options.browser, site, entry: 'index.html', location: { file: options.file }, ...(options.reuse === false && { reuse: false }) };
  const axe = splitAxeResults(await runAxe(options.axeTags ? { ...base, tags: options.axeTags } : base));
  const findings = [...axe.findings, ...markupFindings(html, options.file)];
  const details = describeHtml(html);
  const humanChecks = humanChecksFor('html', { hasImages: (details.images?.length ?? 0) > 0 }, axe.review);
  return { findings, details: { ...details, rules: ruleCoverage([UNSAFE_URL_SCHEME.id], findings, axe.outcomes), humanChecks } };
}

/** The markup rule the EPUB audit also runs (unsafe-url-scheme), on the page parsed as a browser parses HTML. */
export function markupFindings(html: string | Uint8Array, file: string): Finding[] {
  const root = parseFragment(typeof html === 'string' ? html : new TextDecoder().decode(html));
  return findUnsafeUrls(root).map(({ message, selector }) => ({
    ruleId: UNSAFE_URL_SCHEME.id,
    source: 'html' as const,
    impact: UNSAFE_URL_SCHEME.impact,
    location: { file, selector },
    message,
    help: UNSAFE_URL_SCHEME.help,
    helpUrl: UNSAFE_URL_SCHEME.helpUrl,
  }));
}
