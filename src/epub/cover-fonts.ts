import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { PACKAGE_ROOT } from '../package-root.js';

/**
 * The faces the cover is set in: Source Serif 4, regular and bold, as TrueType files resvg reads
 * (`assets/cover-fonts/`, made from the WOFF2 files every edition embeds by scripts/make-cover-fonts.mjs:
 * same glyphs, same metrics). Latin first; the other subsets stand in for the characters Latin lacks.
 */
export const COVER_FONT_DIR = join(PACKAGE_ROOT, 'assets', 'cover-fonts');
const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;
export type CoverWeight = 400 | 700;
export const COVER_FONT_FAMILY = 'Source Serif 4';

const fileOf = (subset: string, weight: CoverWeight) => join(COVER_FONT_DIR, `source-serif-4-${subset}-${weight}-normal.ttf`);

/** Every file, in the order resvg should prefer them. */
export const COVER_FONT_FILES: readonly string[] = SUBSETS.flatMap((subset) => [fileOf(subset, 400), fileOf(subset, 700)]);

/** The vertical metrics of the face, in em (the same in every subset and weight). */
export interface FaceMetrics {
  ascent: number;
  descent: number;
  lineGap: number;
}

const faces = new Map<CoverWeight, fontkit.Font[]>();

function facesOf(weight: CoverWeight): fontkit.Font[] {
  let loaded = faces.get(weight);
  if (!loaded) {
    loaded = SUBSETS.map((subset) => fontkit.create(readFileSync(fileOf(subset, weight))) as fontkit.Font);
    faces.set(weight, loaded);
  }
  return loaded;
}

export function faceMetrics(weight: CoverWeight): FaceMetrics {
  const [font] = facesOf(weight);
  if (!font) throw new Error('No cover font.');
  return { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm, lineGap: font.lineGap / font.unitsPerEm };
}

/**
 * The advance width of `text` set at `size` px with `letterSpacing` px after each character, kerned as a
 * browser (and resvg) sets it; each run of characters measured in the first subset that has them.
 */
export function textWidth(text: string, weight: CoverWeight, size: number, letterSpacing = 0): number {
  const fonts = facesOf(weight);
  let width = 0;
  let run = '';
  let runFont: fontkit.Font | undefined;
  const flush = () => {
    if (run && runFont) width += (runFont.layout(run).advanceWidth / runFont.unitsPerEm) * size;
    run = '';
  };
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    const font = fonts.find((candidate) => candidate.hasGlyphForCodePoint(codePoint)) ?? fonts[0];
    if (font !== runFont) flush();
    runFont = font;
    run += character;
    width += letterSpacing;
  }
  flush();
  return width;
}
