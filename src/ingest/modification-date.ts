import { stat } from 'node:fs/promises';
import type { IngestedArticle } from '../model/document.js';

/**
 * An EPUB must say when it was last modified. With no date in the metadata, the article file's own
 * modification time is used (the same file gives the same date), and a note says so. An article in memory has no
 * file: its `fileModified` (the uploaded file's own date) stands in, or nothing.
 */
export async function withModificationDate(article: IngestedArticle, fileModified?: Date): Promise<IngestedArticle> {
  if (article.metadata.modified) return article;
  const time = fileModified ?? (article.sourcePath ? (await stat(article.sourcePath)).mtime : undefined);
  if (!time) return article;
  const modified = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    ...article,
    metadata: { ...article.metadata, modified },
    warnings: [
      ...article.warnings,
      { code: 'DATE_FROM_FILE', message: `The article has no date; the EPUB's modification date is the file's (${modified}). Add date: to the metadata.` },
    ],
  };
}
