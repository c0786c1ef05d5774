import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Colophon's own folder (where package.json and styles/ are), found by walking up from this module:
 * the same from src/ (tests), dist/ (the library) and dist/bundle/ (the command, bundled into a few files).
 */
export const PACKAGE_ROOT: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'colophon') return dir;
    if (dirname(dir) === dir) throw new Error(`Colophon's package.json was not found above ${start}.`);
  }
}
