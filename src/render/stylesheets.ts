import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

/** The stylesheets in `styles/`: shared article typography, and one per edition. */
export type StylesheetName = 'article' | 'web' | 'print' | 'epub';

const STYLES_DIR = join(PACKAGE_ROOT, 'styles');
const cache = new Map<StylesheetName, Promise<string>>();

/** Reads `styles/<name>.css` once per process. */
export function readStylesheet(name: StylesheetName): Promise<string> {
  let css = cache.get(name);
  if (!css) {
    css = readFile(join(STYLES_DIR, `${name}.css`), 'utf8');
    cache.set(name, css);
  }
  return css;
}
