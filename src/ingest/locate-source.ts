import { extname, posix } from 'node:path';
import { readArticleMetadata } from '../config/load-article-file.js';
import type { ArticleSource, SourceFormat } from '../model/article-source.js';
import type { LocatedArticle } from './locate-article.js';
import { MEMORY_ROOT, memoryScope } from './memory-scope.js';
import { metadataKeyFindings } from './metadata-findings.js';
import { slugify } from './slug.js';

const EXTENSION: Readonly<Record<SourceFormat, string>> = { markdown: '.md', text: '.txt', html: '.html' };

/** An in-memory article, located as a folder on disk would be: its text and files in a folder of their own, read through a memory scope. */
export function locateSource(source: ArticleSource): LocatedArticle {
  const given = posix.basename((source.name ?? 'article').replace(/\\/g, '/')) || 'article';
  const name = extname(given) ? given : `${given}${EXTENSION[source.format]}`;
  const text = typeof source.text === 'string' ? new TextEncoder().encode(source.text) : source.text;
  const scope = memoryScope({ ...source.files, [name]: text });
  const textPath = posix.join(MEMORY_ROOT, name);
  const { file, notices } = readArticleMetadata(source.metadata ?? {}, `${name} (metadata)`);
  const stem = name.slice(0, name.length - extname(name).length);
  const findings = metadataKeyFindings(notices, textPath, `${name} (metadata)`);
  return { textPath, format: source.format, file, slug: file.slug ?? slugify(stem), name: stem, findings, baseDir: MEMORY_ROOT, warnings: [], scope };
}
