import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Asset } from '../model/asset.js';

/** One embedded font file: Source Serif 4 (SIL Open Font License 1.1), Latin subset, from @fontsource. */
export interface FontFace {
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  /** `fonts/<file>.woff2`: the same relative path in the web page's site, the EPUB and the print page. */
  asset: Asset;
}

export const BODY_FONT_FAMILY = 'Source Serif 4';
/** The font's licence, shipped inside the EPUB beside the font files. */
export const FONT_LICENSE_PATH = 'fonts/OFL.txt';
const FACES = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
] as const;

let loaded: Promise<readonly FontFace[]> | undefined;

/** Reads the font files once per process; every output reuses the same bytes. */
export function loadFontFaces(): Promise<readonly FontFace[]> {
  loaded ??= readFaces();
  return loaded;
}

async function readFaces(): Promise<readonly FontFace[]> {
  const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource/source-serif-4/LICENSE'));
  return Promise.all(
    FACES.map(async ({ weight, style }) => {
      const file = `source-serif-4-latin-${weight}-${style}.woff2`;
      const bytes = new Uint8Array(await readFile(join(packageDir, 'files', file)));
      return { family: BODY_FONT_FAMILY, weight, style, asset: { path: `fonts/${file}`, mediaType: 'font/woff2', bytes } };
    }),
  );
}

/** The font's licence text (OFL requires it to travel with the font). */
export async function readFontLicense(): Promise<string> {
  return readFile(createRequire(import.meta.url).resolve('@fontsource/source-serif-4/LICENSE'), 'utf8');
}

/** `@font-face` rules pointing at `prefix + asset.path` (prefix is `''` or `'../'` depending on where the CSS sits). */
export function fontFaceCss(faces: readonly FontFace[], prefix = ''): string {
  return faces
    .map(
      (face) =>
        `@font-face { font-family: "${face.family}"; font-style: ${face.style}; font-weight: ${face.weight}; ` +
        `font-display: block; src: url("${prefix}${face.asset.path}") format("woff2"); }`,
    )
    .join('\n');
}
