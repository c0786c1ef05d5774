import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { ArticleFile } from '../config/article-schema.js';
import { parseArticleFile } from '../config/load-article-file.js';
import { ColophonError } from '../errors.js';
import type { IngestWarning } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { type ReadScope, createReadScope } from './confinement.js';
import { decodeText } from './encoding/decode-text.js';
import { metadataKeyFindings } from './metadata-findings.js';
import { slugify } from './slug.js';

export type InputFormat = 'text' | 'markdown' | 'html';

export interface LocatedArticle {
  /** The file holding the article text. */
  textPath: string;
  format: InputFormat;
  /** Metadata from `article.yaml` (folder) or `<name>.yaml` beside a single file (for a web page, also `article.yaml`); {} when there is none. */
  file: ArticleFile;
  metadataPath?: string;
  /** Default slug: the folder's or the file's name. */
  slug: string;
  /** The file's name without extension, or the folder's for `article.*`: the title when nothing else gives one. */
  name: string;
  /** Keys of the metadata file Colophon did not use (metadata-key-unknown, metadata-key-ignored). */
  findings: Finding[];
  baseDir: string;
  /** Notices about the metadata file (its encoding was guessed). */
  warnings: IngestWarning[];
  /** What the article may read: `baseDir` and the `allowOutside` folders. Every file of the article is read through it. */
  scope: ReadScope;
}

export interface LocateOptions {
  /** Folders outside the article's folder whose files it may read (`--allow-outside`). */
  allowOutside?: readonly string[] | undefined;
}

const METADATA_NAMES = ['article.yaml', 'article.yml'];
const TEXT_NAMES = ['article.md', 'article.markdown', 'article.txt', 'article.text', 'article.html', 'article.htm'];
const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text', '.text': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};

/** Finds the article a path names: a folder holding article.yaml and the text, or a single article file. */
export async function locateArticle(path: string, options: LocateOptions = {}): Promise<LocatedArticle> {
  if (!existsSync(path)) {
    throw new ColophonError('INPUT_NOT_FOUND', `${path} does not exist.`, { hint: 'Check the path; it is relative to the current folder.' });
  }
  // The article's folder: the one named, or the single file's own (the file itself must lie inside it once its symlinks are followed).
  const isFolder = statSync(path).isDirectory();
  const scope = await createReadScope({ root: isFolder ? path : dirname(path), allowOutside: options.allowOutside });
  return isFolder ? locateInFolder(path, scope) : locateFile(path, scope);
}

async function locateInFolder(folder: string, scope: ReadScope): Promise<LocatedArticle> {
  const metadataPath = METADATA_NAMES.map((name) => join(folder, name)).find((candidate) => existsSync(candidate));
  // A folder holding article.txt or article.md and no metadata: the file, named after the folder.
  const bare = metadataPath ? undefined : TEXT_NAMES.map((name) => join(folder, name)).find((candidate) => existsSync(candidate));
  if (bare) return locateFile(bare, scope);
  if (!metadataPath) {
    throw new ColophonError('NO_ARTICLE', `${folder} holds no article (no article.yaml).`, {
      hint: 'An article folder holds article.yaml (title, language…) and the text (article.txt or article.md). Or pass the article file itself.',
    });
  }
  const { file, warnings, findings } = await readMetadataFile(metadataPath, scope);
  const textPath = file.text ? join(folder, file.text) : TEXT_NAMES.map((name) => join(folder, name)).find((candidate) => existsSync(candidate));
  // `text:` leading outside is refused before its existence is looked at: whether a file outside exists is none of the article's business.
  if (file.text && textPath) await scope.resolveInside(textPath).catch((cause: unknown) => { if (cause instanceof ColophonError) throw cause; });
  if (!textPath || !existsSync(textPath)) {
    throw new ColophonError('NO_ARTICLE', `${folder} has article.yaml but no article text${file.text ? ` (${file.text} is missing)` : ''}.`, {
      hint: 'Put the text in article.txt or article.md, or name its file with `text:` in article.yaml.',
    });
  }
  return { textPath, format: formatOf(textPath), file, metadataPath, slug: file.slug ?? slugify(basename(folder)), name: basename(folder), findings, baseDir: folder, warnings, scope };
}

async function locateFile(path: string, scope: ReadScope): Promise<LocatedArticle> {
  const format = formatOf(path);
  const stem = basename(path, extname(path));
  const baseDir = dirname(path);
  // A saved page sits beside its `_files` folder, so its folder's article.yaml is for it too.
  const names = [`${stem}.yaml`, `${stem}.yml`, ...(format === 'html' ? METADATA_NAMES : [])];
  const sibling = names.map((name) => join(baseDir, name)).find((candidate) => existsSync(candidate));
  const { file, warnings, findings } = sibling ? await readMetadataFile(sibling, scope) : { file: {}, warnings: [], findings: [] };
  const name = stem === 'article' ? basename(baseDir) : stem;
  const located: LocatedArticle = { textPath: path, format, file, slug: file.slug ?? slugify(name), name, findings, baseDir, warnings, scope };
  if (sibling) located.metadataPath = sibling;
  return located;
}

/** Reads and validates a metadata file, in whatever encoding it was saved (see decodeText); a symlink out of the scope is refused. */
async function readMetadataFile(path: string, scope: ReadScope): Promise<{ file: ArticleFile; warnings: IngestWarning[]; findings: Finding[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await scope.read(await scope.resolveInside(path));
  } catch (cause) {
    if (cause instanceof ColophonError) throw cause;
    throw new ColophonError('INPUT_UNREADABLE', `${path} could not be read.`, { hint: 'Check the file permissions.', cause });
  }
  const decoded = decodeText(bytes, path);
  const { file, notices } = parseArticleFile(decoded.text, path);
  return { file, warnings: decoded.warnings, findings: metadataKeyFindings(notices, path, path) };
}

function formatOf(path: string): InputFormat {
  const format = FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
  if (!format) {
    throw new ColophonError('INPUT_UNSUPPORTED', `${path}: Colophon does not read ${extname(path) || 'extension-less'} files yet.`, {
      hint: 'Give a plain-text (.txt), Markdown (.md) or saved web page (.html) article, or a folder holding article.yaml.',
    });
  }
  return format;
}
