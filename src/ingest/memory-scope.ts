import { posix } from 'node:path';
import { ColophonError } from '../errors.js';
import type { ReadScope } from './confinement.js';

/** The folder an in-memory article seems to live in: the paths its readers compute start here, and none exists on disk. */
export const MEMORY_ROOT = '/colophon-memory';

/**
 * A ReadScope over files held in memory: the article's folder is MEMORY_ROOT, each file keyed by its relative path.
 * A path outside the folder is refused as on disk (INPUT_OUTSIDE); a missing one is ENOENT. The disk is never read.
 */
export function memoryScope(files: Readonly<Record<string, Uint8Array>>): ReadScope {
  const byPath = new Map(Object.entries(files).map(([name, bytes]) => [posix.join(MEMORY_ROOT, posix.normalize(`/${name.replace(/\\/g, '/')}`)), bytes]));
  const find = (real: string) => {
    const bytes = byPath.get(real);
    if (!bytes) throw Object.assign(new Error(`${real.slice(MEMORY_ROOT.length + 1)} is not among the article's files`), { code: 'ENOENT' });
    return bytes;
  };
  return {
    root: MEMORY_ROOT,
    allowed: [],
    async resolveInside(path: string): Promise<string> {
      const normal = posix.normalize(path.replace(/\\/g, '/'));
      if (normal.startsWith(`${MEMORY_ROOT}/`)) return normal;
      throw new ColophonError('INPUT_OUTSIDE', `${path} is not one of the article's own files; an article given in memory reads only the files given with it.`, {
        hint: 'Name images by the relative paths given in `files`.',
      });
    },
    size: async (real) => find(real).length,
    read: async (real) => find(real),
  };
}
