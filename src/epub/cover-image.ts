import { ColophonError } from '../errors.js';
import { renderAsync } from '@resvg/resvg-js';
import type { Asset } from '../model/asset.js';
import type { ArticleMetadata } from '../model/metadata.js';
import { COVER_FONT_FAMILY, COVER_FONT_FILES } from './cover-fonts.js';
import { coverSvg } from './cover-svg.js';
import { palettePng } from './palette-png.js';
import type { EpubLabels } from './labels.js';

/** The cover image as the EPUB holds it, with the text that stands in for it. */
export interface CoverImage {
  /** Path in the package, e.g. `cover.png`. */
  href: string;
  mediaType: string;
  bytes: Uint8Array;
  alt: string;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
};

/** A cover the caller supplies: any EPUB core image type, with real alternative text. */
export function suppliedCover(cover: Asset & { alt: string }): CoverImage {
  const extension = EXTENSIONS[cover.mediaType];
  if (!extension) {
    throw new ColophonError('OPTIONS_INVALID', `The cover image is ${cover.mediaType}, which EPUB reading systems need not support.`, {
      hint: 'Use a JPEG, PNG, GIF, WebP or SVG cover.',
    });
  }
  if (!cover.alt.trim()) {
    throw new ColophonError('OPTIONS_INVALID', 'The cover image has no alternative text.', {
      hint: 'Describe the cover in `cover.alt` (what it shows, including its text).',
    });
  }
  return { href: `cover.${extension}`, mediaType: cover.mediaType, bytes: cover.bytes, alt: cover.alt.trim() };
}

/** What Colophon's cover shows, and its alternative text. */
export interface CoverText {
  title: string;
  description?: string;
  publisher?: string;
  alt: string;
}

export function coverTextOf(metadata: ArticleMetadata, labels: EpubLabels): CoverText {
  const description = metadata.description?.trim() || undefined;
  const publisher = metadata.publisher?.name.trim() || undefined;
  const shown = { title: metadata.title, ...(description && { description }), ...(publisher && { publisher }) };
  return { ...shown, alt: labels.coverAlt(shown) };
}

/** Draws an SVG cover as PNG bytes (see `rasterizeCover`); a batch hands this to its stage workers. */
export type CoverRasterizer = (svg: string, language: string) => Promise<Uint8Array>;

/**
 * Colophon's own cover when none is given: title, standfirst and publisher set in the book's typeface
 * (see `coverSvg`), rasterized by resvg (`rasterizeCover`, or the `rasterize` given) to a 1600 × 2560 PNG.
 */
export async function ownCover(metadata: ArticleMetadata, labels: EpubLabels, rasterize: CoverRasterizer = rasterizeCover): Promise<CoverImage> {
  const text = coverTextOf(metadata, labels);
  const svg = coverSvg({ title: text.title, language: metadata.language, ...(text.description && { description: text.description }), ...(text.publisher && { publisher: text.publisher }) }, text.alt);
  try {
    return { href: 'cover.png', mediaType: 'image/png', bytes: await rasterize(svg, metadata.language), alt: text.alt };
  } catch (cause) {
    throw new ColophonError('EPUB_FAILED', 'The EPUB’s cover could not be drawn.', {
      hint: 'Pass a cover image (`cover`); please report the input that caused it.',
      cause,
    });
  }
}

/**
 * A cover's SVG as PNG, in Node by resvg: no browser, no system font (resvg reads the cover's own font files
 * only), so the same SVG gives the same bytes. The raster runs on libuv's thread pool, the PNG encoding (see
 * `palettePng`) on the calling thread, which in a batch is a stage worker's (see `StageWorkers`).
 */
export async function rasterizeCover(svg: string, language: string): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: [...COVER_FONT_FILES], defaultFontFamily: COVER_FONT_FAMILY, serifFamily: COVER_FONT_FAMILY },
    languages: [language],
    fitTo: { mode: 'original' },
    logLevel: 'off',
  });
  // Indexed colour when the cover has 256 colours or fewer (it has about 30): a quarter of the CPU, half the bytes.
  return (await palettePng({ width: image.width, height: image.height, pixels: image.pixels })) ?? new Uint8Array(image.asPng());
}
