import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ColophonError } from '../errors.js';

/**
 * Where an article may read from: its own folder (the folder holding article.yaml, or the folder of the single
 * input file) and the folders the user widened it to (`--allow-outside DIR`, `allowOutside`). Every reader in
 * ingest calls `resolveInside` before it stats or reads a file, and then reads the path it returns: the file's
 * real path, after every symlink, so a link inside the folder cannot lead outside it.
 */
export interface ReadScope {
  /** The article's folder, real path. */
  readonly root: string;
  /** Extra folders whose contents may be read, real paths. */
  readonly allowed: readonly string[];
  /**
   * The real path of `path` (relative paths start from the current folder), when it lies inside the scope.
   * Outside → INPUT_OUTSIDE naming the path, also when the file does not exist but its path already leaves the
   * scope (so the answer never tells whether a file outside exists). Any other file system error (a missing file
   * inside…) is thrown as it is, for the reader to report in its own terms.
   */
  resolveInside(path: string): Promise<string>;
  /** The size in bytes of a file `resolveInside` returned. */
  size(real: string): Promise<number>;
  /** The bytes of a file `resolveInside` returned. */
  read(real: string): Promise<Uint8Array>;
}

export interface ReadScopeOptions {
  /** The article's folder. */
  root: string;
  /** Extra folders that may be read (each must exist). */
  allowOutside?: readonly string[] | undefined;
}

export async function createReadScope(options: ReadScopeOptions): Promise<ReadScope> {
  const root = await realpath(options.root);
  const allowed: string[] = [];
  for (const folder of options.allowOutside ?? []) {
    try {
      allowed.push(await realpath(folder));
    } catch (cause) {
      throw new ColophonError('OPTIONS_INVALID', `The folder ${folder} given to --allow-outside (allowOutside) does not exist.`, {
        hint: 'Name an existing folder whose files the article may read.',
        cause,
      });
    }
  }
  const folders = [root, ...allowed];
  return {
    root,
    allowed,
    size: diskSize,
    read: async (real) => new Uint8Array(await readFile(real)),
    async resolveInside(path: string): Promise<string> {
      const real = await realpath(resolve(path)).catch(async (cause: unknown) => {
        // Missing: where it would be, from its nearest existing folder's real path; inside, the reader says it is missing.
        const wouldBe = await realpathOfNearest(resolve(path));
        if (folders.some((folder) => isWithin(folder, wouldBe))) throw cause;
        return wouldBe;
      });
      if (folders.some((folder) => isWithin(folder, real))) return real;
      const what = real === resolve(path) ? `${path} is` : `${path} leads (through a symbolic link) to ${real},`;
      throw new ColophonError('INPUT_OUTSIDE', `${what} outside the article's folder ${root}; Colophon reads only files inside it.`, {
        hint: 'Move the file into the article folder, or name the folder holding it with --allow-outside DIR (allowOutside: [DIR]) if it is meant to be read.',
      });
    },
  };
}

/** The real path of the nearest folder of `path` that exists, with the rest of `path` after it. */
async function realpathOfNearest(path: string): Promise<string> {
  const parent = dirname(path);
  if (parent === path) return path;
  try {
    return join(await realpath(parent), basename(path));
  } catch {
    return join(await realpathOfNearest(parent), basename(path));
  }
}

/** `target` is `folder` itself or below it. Both are absolute real paths. */
export function isWithin(folder: string, target: string): boolean {
  const path = relative(folder, target);
  if (path === '') return true;
  // On Windows a path on another drive comes back absolute; `..foo` is a file name inside, `..` or `../x` is not.
  return !isAbsolute(path) && path !== '..' && !path.startsWith(`..${sep}`);
}

/** A file's size; a folder is refused as EISDIR (readers say "a folder, not a file"). */
export async function diskSize(path: string): Promise<number> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
  return info.size;
}
