import type { RenderingBrowser } from '../../browser/rendering-browser.js';
import { parseFragment } from '../../markup/html-tree.js';
import type { Finding } from '../../model/finding.js';
import { runAxe } from '../axe/run-axe.js';
import { UNSAFE_URL_SCHEME, findUnsafeUrls } from '../markup/unsafe-url-scheme.js';

/** axe on one HTML page, served alone (a standalone page has its styles, fonts and images inside), then Colophon's markup rule. */
export async function auditHtml(html: string | Uint8Array, options: { file: string; browser: RenderingBrowser; axeTags?: readonly string[]; reuse?: boolean }): Promise<Finding[]> {
  const site = new Map([['index.html', { mediaType: 'text/html; charset=utf-8', body: html }]]);
  const base = { browser: options.browser, site, entry: 'index.html', location: { file: options.file }, ...(options.reuse === false && { reuse: false }) };
  const axe = await runAxe(options.axeTags ? { ...base, tags: options.axeTags } : base);
  return [...axe, ...markupFindings(html, options.file)];
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
