import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ArticleFile } from '../config/article-schema.js';
import { parseArticleFile } from '../config/load-article-file.js';
import { ColophonError } from '../errors.js';
import { slugify } from './slug.js';

export type InputFormat = 'text' | 'markdown';

export interface LocatedArticle {
  /** The file holding the article text. */
  textPath: string;
  format: InputFormat;
  /** Metadata from `article.yaml` (folder) or `<name>.yaml` beside a single file; {} when there is none. */
  file: ArticleFile;
  metadataPath?: string;
  /** Default slug: the folder's or the file's name. */
  slug: string;
  baseDir: string;
}

const METADATA_NAMES = ['article.yaml', 'article.yml'];
const TEXT_NAMES = ['article.md', 'article.markdown', 'article.txt', 'article.text'];
const FORMAT_BY_EXTENSION: Record<string, InputFormat> = { '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text', '.text': 'text' };

/** Finds the article a path names: a folder holding article.yaml and the text, or a single article file. */
export async function locateArticle(path: string): Promise<LocatedArticle> {
  if (!existsSync(path)) {
    throw new ColophonError('INPUT_NOT_FOUND', `${path} does not exist.`, { hint: 'Check the path; it is relative to the current folder.' });
  }
  return statSync(path).isDirectory() ? locateInFolder(path) : locateFile(path);
}

async function locateInFolder(folder: string): Promise<LocatedArticle> {
  const metadataPath = METADATA_NAMES.map((name) => join(folder, name)).find((candidate) => existsSync(candidate));
  if (!metadataPath) {
    throw new ColophonError('NO_ARTICLE', `${folder} holds no article (no article.yaml).`, {
      hint: 'An article folder holds article.yaml (title, language…) and the text (article.txt or article.md). Or pass the article file itself.',
    });
  }
  const file = parseArticleFile(await readFile(metadataPath, 'utf8'), metadataPath);
  const textPath = file.text ? join(folder, file.text) : TEXT_NAMES.map((name) => join(folder, name)).find((candidate) => existsSync(candidate));
  if (!textPath || !existsSync(textPath)) {
    throw new ColophonError('NO_ARTICLE', `${folder} has article.yaml but no article text${file.text ? ` (${file.text} is missing)` : ''}.`, {
      hint: 'Put the text in article.txt or article.md, or name its file with `text:` in article.yaml.',
    });
  }
  return { textPath, format: formatOf(textPath), file, metadataPath, slug: file.slug ?? slugify(basename(folder)), baseDir: folder };
}

async function locateFile(path: string): Promise<LocatedArticle> {
  const format = formatOf(path);
  const stem = basename(path, extname(path));
  const baseDir = dirname(path);
  const sibling = ['.yaml', '.yml'].map((extension) => join(baseDir, `${stem}${extension}`)).find((candidate) => existsSync(candidate));
  const file = sibling ? parseArticleFile(await readFile(sibling, 'utf8'), sibling) : {};
  const slug = file.slug ?? slugify(stem === 'article' ? basename(baseDir) : stem);
  return sibling ? { textPath: path, format, file, metadataPath: sibling, slug, baseDir } : { textPath: path, format, file, slug, baseDir };
}

function formatOf(path: string): InputFormat {
  const format = FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  if (!format) {
    throw new ColophonError('INPUT_UNSUPPORTED', `${path}: Colophon does not read ${extname(path) || 'extension-less'} files yet.`, {
      hint: 'Give a plain-text (.txt) or Markdown (.md) article, or a folder holding article.yaml.',
    });
  }
  return format;
}
