import sanitizeHtml from 'sanitize-html';
import type { Asset } from '../model/asset.js';
import type { IngestedArticle, SanitizedArticle } from '../model/document.js';
import { sanitizePolicy } from './policy.js';
import { removedByReaderFindings, removedContentFindings } from './removed-content.js';

/**
 * Passes an HTML fragment through the one allowlist policy. Idempotent. With `assets`, an image
 * is kept only when it is one of them; without, any path of Colophon's asset form is kept.
 */
export function sanitizeFragment(html: string, assets?: readonly Asset[]): string {
  return sanitizeHtml(html, sanitizePolicy(assets ? new Set(assets.map((asset) => asset.path)) : undefined));
}

/**
 * The sanitize stage: the article's body goes through the allowlist; metadata is plain text and is escaped where used.
 * What the allowlist drops that carried text, media or structure — and the media a reader left out — is listed first,
 * read off the same policy, as `content-removed` findings: nothing is lost without a word.
 */
export function sanitize(article: IngestedArticle): SanitizedArticle {
  const file = article.sourcePath ?? article.metadata.slug;
  const removed = [
    ...removedByReaderFindings(article.warnings, file),
    ...removedContentFindings(article.bodyHtml, file, new Set(article.assets.map((asset) => asset.path))),
  ];
  const findings = [...(article.findings ?? []), ...removed];
  return { ...article, bodyHtml: sanitizeFragment(article.bodyHtml, article.assets), ...(findings.length > 0 ? { findings } : {}), sanitized: true };
}
