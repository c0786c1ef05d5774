import sanitizeHtml from 'sanitize-html';
import type { Asset } from '../model/asset.js';
import type { IngestedArticle, SanitizedArticle } from '../model/document.js';
import { sanitizePolicy } from './policy.js';

/**
 * Passes an HTML fragment through the one allowlist policy. Idempotent. With `assets`, an image
 * is kept only when it is one of them; without, any path of Colophon's asset form is kept.
 */
export function sanitizeFragment(html: string, assets?: readonly Asset[]): string {
  return sanitizeHtml(html, sanitizePolicy(assets ? new Set(assets.map((asset) => asset.path)) : undefined));
}

/** The sanitize stage: the article's body goes through the allowlist; metadata is plain text and is escaped where used. */
export function sanitize(article: IngestedArticle): SanitizedArticle {
  return { ...article, bodyHtml: sanitizeFragment(article.bodyHtml, article.assets), sanitized: true };
}
