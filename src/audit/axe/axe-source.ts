import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

let source: Promise<string> | undefined;

/** axe-core's browser bundle, read once per process. */
export function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}
