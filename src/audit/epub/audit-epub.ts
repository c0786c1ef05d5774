import type { RenderingBrowser } from '../../browser/rendering-browser.js';
import type { SiteFile } from '../../browser/in-memory-site.js';
import type { Finding } from '../../model/finding.js';
import { runAxe } from '../axe/run-axe.js';
import { type EpubPackage, readEpubPackage } from './read-epub-package.js';
import { EPUB_RULES } from './rules/index.js';

const CONTENT_TYPES = new Set(['application/xhtml+xml', 'text/html']);

/** Package rules on the EPUB, then axe on every content document, each loaded with its own CSS, images and fonts. */
export async function auditEpub(bytes: Uint8Array, options: { file: string; browser: RenderingBrowser; axeTags?: readonly string[] }): Promise<Finding[]> {
  const epub = await readEpubPackage(bytes, options.file);
  const findings = packageFindings(epub, options.file);
  const site = siteOf(epub);
  for (const item of epub.spine.filter((candidate) => CONTENT_TYPES.has(candidate.mediaType))) {
    const axeOptions = { browser: options.browser, site, entry: item.path, location: { file: options.file, document: item.path } };
    findings.push(...(await runAxe(options.axeTags ? { ...axeOptions, tags: options.axeTags } : axeOptions)));
  }
  return findings;
}

function packageFindings(epub: EpubPackage, file: string): Finding[] {
  return EPUB_RULES.flatMap((rule) =>
    rule.check(epub).map((message) => ({
      ruleId: rule.id,
      source: 'epub' as const,
      impact: rule.impact,
      location: { file, document: epub.opfPath },
      message,
      help: rule.help,
      helpUrl: rule.helpUrl,
    })),
  );
}

function siteOf(epub: EpubPackage): Map<string, SiteFile> {
  const site = new Map<string, SiteFile>();
  for (const [path, body] of epub.files) {
    const mediaType = epub.manifest.find((item) => item.path === path)?.mediaType ?? 'application/octet-stream';
    site.set(path, { mediaType, body });
  }
  return site;
}
