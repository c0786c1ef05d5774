import { existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import { ColophonError } from '../errors.js';
import { createReadScope } from '../ingest/confinement.js';

export const BOOK_FILE_NAMES = ['book.yaml', 'book.yml'];

/**
 * The divisions a book may have besides its chapters, in the order they are read, each with its DPUB-ARIA role
 * (the EPUB stage derives `epub:type`, body matter type and landmarks from the role).
 */
export const BOOK_DIVISIONS = [
  { key: 'dedication', role: 'doc-dedication', place: 'front' },
  { key: 'foreword', role: 'doc-foreword', place: 'front' },
  { key: 'preface', role: 'doc-preface', place: 'front' },
  { key: 'chapters', role: 'doc-chapter', place: 'body' },
  { key: 'acknowledgments', role: 'doc-acknowledgments', place: 'back' },
  { key: 'appendix', role: 'doc-appendix', place: 'back' },
  { key: 'glossary', role: 'doc-glossary', place: 'back' },
  { key: 'bibliography', role: 'doc-bibliography', place: 'back' },
] as const;

export type DivisionRole = (typeof BOOK_DIVISIONS)[number]['role'];

/** One file of the book, with the role of the division it makes. */
export interface BookEntry {
  /** Real path, inside the book's folder. */
  path: string;
  role: DivisionRole;
}

export interface BookFile {
  /** The book's folder (real path). */
  folder: string;
  /** Everything book.yaml says other than its divisions: the metadata, with article.yaml's keys. */
  metadata: Record<string, unknown>;
  /** Every file in reading order: front matter, chapters, back matter. */
  entries: BookEntry[];
}

/** True when `path` is a folder holding book.yaml. */
export function isBookFolder(path: string): boolean {
  return BOOK_FILE_NAMES.some((name) => existsSync(join(path, name)));
}

/**
 * Reads `<folder>/book.yaml`: the metadata, and the files of each division (a path or a glob, or a list of them,
 * relative to the folder; a glob's matches in name order). Every file must lie inside the book's folder once
 * symbolic links are followed (INPUT_OUTSIDE otherwise); a name or glob matching nothing is INPUT_NOT_FOUND.
 */
export async function readBookFile(folder: string): Promise<BookFile> {
  const scope = await createReadScope({ root: folder });
  const name = BOOK_FILE_NAMES.find((candidate) => existsSync(join(folder, candidate)));
  if (!name) throw new ColophonError('NO_ARTICLE', `${folder} holds no book.yaml.`, { hint: 'A book folder holds book.yaml with its metadata and `chapters:`.' });
  const yamlPath = await scope.resolveInside(join(folder, name));
  let parsed: unknown;
  try {
    parsed = parseYaml(new TextDecoder().decode(await scope.read(yamlPath)));
  } catch (cause) {
    throw new ColophonError('METADATA_INVALID', `${yamlPath} is not valid YAML.`, { hint: 'Check the indentation and quoting of book.yaml.', cause });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ColophonError('METADATA_INVALID', `${yamlPath} must be a mapping of keys (title, language, chapters…).`, { hint: 'See the "Books" section of the README for an example.' });
  }
  const metadata: Record<string, unknown> = { ...(parsed as Record<string, unknown>) };
  const entries: BookEntry[] = [];
  for (const division of BOOK_DIVISIONS) {
    const value = metadata[division.key];
    delete metadata[division.key];
    if (value === undefined || value === null) continue;
    const patterns = Array.isArray(value) ? value : [value];
    if (patterns.some((pattern) => typeof pattern !== 'string' || pattern.trim() === '')) {
      throw new ColophonError('METADATA_INVALID', `\`${division.key}\` in ${yamlPath} must be a file name or glob, or a list of them.`, {
        hint: `Write for instance \`${division.key}: [${division.key === 'chapters' ? '"chapters/*.md"' : `${division.key}.md`}]\`.`,
      });
    }
    for (const pattern of patterns as string[]) {
      for (const path of await filesOf(folder, pattern, division.key)) entries.push({ path: await scope.resolveInside(path), role: division.role });
    }
  }
  if (!entries.some((entry) => entry.role === 'doc-chapter')) {
    throw new ColophonError('METADATA_INVALID', `${yamlPath} names no chapter.`, { hint: 'List the chapters\' files in order under `chapters:` (globs such as "chapters/*.md" allowed).' });
  }
  const seen = new Set<string>();
  const unique = entries.filter((entry) => !seen.has(entry.path) && seen.add(entry.path));
  return { folder: scope.root, metadata, entries: unique };
}

async function filesOf(folder: string, pattern: string, key: string): Promise<string[]> {
  if (!isDynamicPattern(pattern)) {
    const path = join(folder, pattern);
    if (!existsSync(path)) throw new ColophonError('INPUT_NOT_FOUND', `${path}, named under \`${key}\` in book.yaml, does not exist.`, { hint: 'Paths in book.yaml are relative to the book\'s folder.' });
    return [path];
  }
  // Globs are matched inside the folder only: `..` and absolute patterns could name nothing else anyway (see resolveInside).
  const matches = (await glob(pattern, { cwd: folder, onlyFiles: true, dot: false })).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (matches.length === 0) throw new ColophonError('INPUT_NOT_FOUND', `Nothing in ${folder} matches ${pattern} (\`${key}\` in book.yaml).`, { hint: 'Globs in book.yaml are relative to the book\'s folder.' });
  return matches.map((match) => join(folder, match));
}

/** The book's name for messages and its default slug: its folder's name. */
export function bookName(book: BookFile): string {
  return basename(book.folder) || relative('/', book.folder);
}
