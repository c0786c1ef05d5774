import type { RenderingBrowser } from '../../browser/rendering-browser.js';
import type { Finding } from '../../model/finding.js';
import { runAxe } from '../axe/run-axe.js';

/** axe on one HTML page, served alone: a standalone page has its styles, fonts and images inside. */
export async function auditHtml(html: string | Uint8Array, options: { file: string; browser: RenderingBrowser; axeTags?: readonly string[] }): Promise<Finding[]> {
  const site = new Map([['index.html', { mediaType: 'text/html; charset=utf-8', body: html }]]);
  const base = { browser: options.browser, site, entry: 'index.html', location: { file: options.file } };
  return runAxe(options.axeTags ? { ...base, tags: options.axeTags } : base);
}
