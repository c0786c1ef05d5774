import { createHash } from 'node:crypto';
import type { IngestedArticle } from '../model/document.js';

/**
 * What decides an article's outputs: everything ingest read (metadata, text, every image's bytes), the build
 * options and Colophon's version. Equal fingerprints mean the outputs would be the same.
 */
export function buildFingerprint(article: IngestedArticle, options: unknown, version: string): string {
  const hash = createHash('sha256')
    .update(`colophon ${version}\n${JSON.stringify(options)}\n`)
    .update(JSON.stringify(article.metadata))
    .update(article.standfirst ?? '')
    .update(article.bodyHtml)
    // What ingest reported (an unknown metadata key, a derived title): removing the key must refresh the report.
    .update(JSON.stringify(article.findings ?? []));
  for (const asset of article.assets) hash.update(asset.path).update(asset.bytes);
  return hash.digest('hex');
}
