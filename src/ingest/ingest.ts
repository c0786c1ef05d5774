import { stat } from 'node:fs/promises';
import type { ArticleFile, FigureFile } from '../config/article-schema.js';
import type { IngestedArticle } from '../model/document.js';
import { locateArticle } from './locate-article.js';
import { markdownHtml } from './markdown/markdown-html.js';
import { readMarkdown } from './markdown/read-markdown.js';
import { plainTextHtml } from './plain-text/plain-text-html.js';
import { readPlainText } from './plain-text/read-plain-text.js';
import { readInputFile } from './read-input-file.js';
import { resolveMetadata } from './resolve-metadata.js';

export interface IngestOptions {
  /** An article file (.txt, .md) or a folder holding article.yaml and the text. */
  path: string;
}

/** Reads an article from disk into metadata and (untrusted) body HTML. Nothing is fetched. */
export async function ingest(options: IngestOptions): Promise<IngestedArticle> {
  return withModificationDate(await readArticle(options));
}

async function readArticle(options: IngestOptions): Promise<IngestedArticle> {
  const located = await locateArticle(options.path);
  const decoded = await readInputFile(located.textPath);
  const origin = located.textPath;
  if (located.format === 'markdown') {
    const markdown = readMarkdown(decoded.text, origin);
    const file: ArticleFile = { ...located.file, ...markdown.file };
    const metadata = resolveMetadata(file, { slug: located.slug, title: markdown.title, standfirst: file.standfirst, origin });
    const { bodyHtml, assets } = await markdownHtml(markdown, { baseDir: located.baseDir, language: metadata.language });
    return withStandfirst({ metadata, bodyHtml, assets, warnings: decoded.warnings, sourcePath: origin }, file.standfirst);
  }
  const text = readPlainText(decoded.text);
  const metadata = resolveMetadata(located.file, { slug: located.slug, standfirst: text.standfirst, origin });
  const figures: FigureFile[] = located.file.images ?? (located.file.image ? [located.file.image] : []);
  const html = await plainTextHtml(text.blocks, figures, { baseDir: located.baseDir, language: metadata.language });
  return withStandfirst(
    { metadata, bodyHtml: html.bodyHtml, assets: html.assets, warnings: [...decoded.warnings, ...text.warnings, ...html.warnings], sourcePath: origin },
    text.standfirst,
  );
}

function withStandfirst(article: IngestedArticle, standfirst: string | undefined): IngestedArticle {
  return standfirst ? { ...article, standfirst: standfirst.trim() } : article;
}

/**
 * An EPUB must say when it was last modified. With no date in the metadata, the article file's own
 * modification time is used (the same file gives the same date), and a note says so.
 */
async function withModificationDate(article: IngestedArticle): Promise<IngestedArticle> {
  if (article.metadata.modified || !article.sourcePath) return article;
  const modified = (await stat(article.sourcePath)).mtime.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    ...article,
    metadata: { ...article.metadata, modified },
    warnings: [...article.warnings, { code: 'DATE_FROM_FILE', message: `The article has no date; the EPUB's modification date is the file's (${modified}). Add date: to the metadata.` }],
  };
}
