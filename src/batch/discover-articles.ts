import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ColophonError } from '../errors.js';

const METADATA_FILES = ['article.yaml', 'article.yml', 'book.yaml', 'book.yml'];
const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.text', '.html', '.htm']);
/** Text files a folder often holds that are never articles. */
const NOT_ARTICLES = /^(readme|license|licence|copying|changelog|robots|requirements)$/i;

/**
 * The articles named by files, folders or globs: a folder holding article.yaml is one article; any other folder
 * is searched for articles (article folders; Markdown, plain text and saved web pages, with or without a sibling
 * .yaml: a bare .txt is titled after its name and its language detected). In order, each once. A folder search
 * passes over the text files that are never articles (README, LICENSE, robots.txt…); named, they are read.
 */
export async function discoverArticles(patterns: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const pattern of patterns) {
    const paths = isDynamicPattern(pattern) ? (await glob(pattern, { onlyFiles: false, expandDirectories: false })).sort() : [pattern];
    if (paths.length === 0) {
      throw new ColophonError('INPUT_NOT_FOUND', `Nothing matches ${pattern}.`, { hint: 'Check the pattern; quote it so that Colophon, not the shell, expands it.' });
    }
    for (const path of paths) found.push(...(await articlesAt(path)));
  }
  const unique = [...new Map(found.map((path) => [resolve(path), path])).values()];
  if (unique.length === 0) {
    throw new ColophonError('NO_ARTICLE', `No article found in ${patterns.join(', ')}.`, {
      hint: 'An article is a folder holding article.yaml and the text, a Markdown file, a saved web page, or a plain-text (.txt) file.',
    });
  }
  return unique;
}

async function articlesAt(path: string): Promise<string[]> {
  if (!existsSync(path)) {
    throw new ColophonError('INPUT_NOT_FOUND', `${path} does not exist.`, { hint: 'Check the path; it is relative to the current folder.' });
  }
  if (!statSync(path).isDirectory()) return [path];
  if (isArticleFolder(path)) return [path];
  return searchFolder(path);
}

async function searchFolder(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const articles: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    if (entry.isDirectory()) articles.push(...(isArticleFolder(path) ? [path] : await searchFolder(path)));
    else if (entry.isFile() && isArticleFile(path)) articles.push(path);
  }
  return articles;
}

function isArticleFolder(folder: string): boolean {
  return METADATA_FILES.some((name) => existsSync(join(folder, name)));
}

function isArticleFile(path: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(path).toLowerCase()) && !NOT_ARTICLES.test(basename(path, extname(path)));
}
