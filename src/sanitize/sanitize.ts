import sanitizeHtml from 'sanitize-html';
import type { IngestedArticle, SanitizedArticle } from '../model/document.js';
import { SANITIZE_POLICY } from './policy.js';

/** Passes an HTML fragment through the one allowlist policy. Idempotent. */
export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, SANITIZE_POLICY);
}

/** The sanitize stage: the article's body goes through the allowlist; metadata is plain text and is escaped where used. */
export function sanitize(article: IngestedArticle): SanitizedArticle {
  return { ...article, bodyHtml: sanitizeFragment(article.bodyHtml), sanitized: true };
}
