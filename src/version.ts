import { createRequire } from 'node:module';

/** Colophon's version, from package.json (works from src/ and dist/ alike). */
export const COLOPHON_VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
