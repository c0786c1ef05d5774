import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ColophonError } from '../errors.js';

const METADATA_FILES = ['article.yaml', 'article.yml'];
const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.text', '.html', '.htm']);

/**
 * The articles named by files, folders or globs: a folder holding article.yaml is one article; any other folder
 * is searched for articles (article folders; Markdown and saved web pages; plain text with a sibling .yaml).
 * In order, each once.
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
      hint: 'An article is a folder holding article.yaml and the text, a Markdown file with front matter, a saved web page, or a .txt with a sibling .yaml.',
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
  const extension = extname(path).toLowerCase();
  if (!ARTICLE_EXTENSIONS.has(extension)) return false;
  if (extension === '.txt' || extension === '.text') {
    const stem = join(path, '..', basename(path, extname(path)));
    return existsSync(`${stem}.yaml`) || existsSync(`${stem}.yml`);
  }
  return true;
}
