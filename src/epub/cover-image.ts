import { ColophonError } from '../errors.js';
import { escapeXml } from '../markup/escape.js';
import type { Asset } from '../model/asset.js';
import type { ArticleMetadata } from '../model/metadata.js';
import type { EpubLabels } from './labels.js';

/** The cover image as the EPUB holds it, with the text that stands in for it. */
export interface CoverImage {
  /** Path in the package, e.g. `cover.svg`. */
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

// A 1600 × 2560 portrait page (1 : 1.6, the usual ebook cover ratio), shared with the cover rendered in Chromium.
export const COVER_WIDTH = 1600;
export const COVER_HEIGHT = 2560;
export const COVER_MARGIN = 120;
export const COVER_COLOURS = { paper: '#f4efe6', ink: '#1e2430', accent: '#9a3324' } as const;
const WIDTH = COVER_WIDTH;
const HEIGHT = COVER_HEIGHT;
const MARGIN = COVER_MARGIN;
const PUBLISHER_BASELINE = HEIGHT - MARGIN - 40;
const TEXT_WIDTH = WIDTH - 2 * MARGIN;
const PAPER = COVER_COLOURS.paper;
const INK = COVER_COLOURS.ink;
const ACCENT = COVER_COLOURS.accent;
const FONT_FAMILY = "'Source Serif 4', Georgia, 'DejaVu Serif', serif";

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

interface TextBlock {
  lines: string[];
  /** Font size in SVG units. */
  size: number;
  /** Baseline of the first line. */
  top: number;
  lineHeight: number;
  weight: 400 | 700;
}

/**
 * Colophon's own cover when no browser is at hand: title, standfirst and publisher set on plain paper,
 * as SVG (drawn by the reading system with a fallback serif). With a browser, see `renderedCover`.
 */
export function generatedCover(metadata: ArticleMetadata, labels: EpubLabels): CoverImage {
  const { description, publisher, alt } = coverTextOf(metadata, labels);
  const title = textBlock(metadata.title, { size: 120, top: 520, weight: 700, maxLines: 7 });
  const ruleTop = title.top + (title.lines.length - 1) * title.lineHeight + 110;
  const standfirst = description ? standfirstBlock(description, ruleTop + 160) : undefined;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xml:lang="${escapeXml(metadata.language)}">`,
    `<title>${escapeXml(alt)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${PAPER}"/>`,
    `<rect x="${MARGIN}" y="${MARGIN}" width="${TEXT_WIDTH}" height="12" fill="${ACCENT}"/>`,
    svgText(title),
    `<rect x="${MARGIN}" y="${ruleTop}" width="240" height="8" fill="${ACCENT}"/>`,
    standfirst ? svgText(standfirst) : '',
    publisher ? svgText({ lines: [publisher], size: 60, top: PUBLISHER_BASELINE, lineHeight: 0, weight: 700 }) : '',
    '</svg>',
  ].join('\n');
  return { href: 'cover.svg', mediaType: 'image/svg+xml', bytes: new TextEncoder().encode(`${svg}\n`), alt };
}

/** The standfirst takes the lines left between the title and the publisher's name. */
function standfirstBlock(description: string, top: number): TextBlock {
  const size = 58;
  const room = PUBLISHER_BASELINE - 200 - top;
  return textBlock(description, { size, top, weight: 400, maxLines: Math.max(1, Math.floor(room / Math.round(size * 1.25)) + 1) });
}

function svgText(block: TextBlock): string {
  const lines = block.lines.map((line, index) => {
    const tooWide = estimatedWidth(line, block) > TEXT_WIDTH;
    const fit = tooWide ? ` textLength="${TEXT_WIDTH}" lengthAdjust="spacingAndGlyphs"` : '';
    return `<tspan x="${MARGIN}" y="${block.top + index * block.lineHeight}"${fit}>${escapeXml(line)}</tspan>`;
  });
  return `<text font-family="${FONT_FAMILY}" font-size="${block.size}" font-weight="${block.weight}" fill="${INK}">${lines.join('')}</text>`;
}

function textBlock(text: string, layout: { size: number; top: number; weight: 400 | 700; maxLines: number }): TextBlock {
  const lineHeight = Math.round(layout.size * 1.25);
  return { lines: wrap(text, layout, layout.maxLines), size: layout.size, top: layout.top, lineHeight, weight: layout.weight };
}

/** Greedy line breaking on an average glyph width; the last line ends with an ellipsis when the text does not fit. */
function wrap(text: string, font: Font, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && estimatedWidth(`${last} ${word}`, font) <= TEXT_WIDTH) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}\u2026`;
  return kept;
}

type Font = Pick<TextBlock, 'size' | 'weight'>;

/**
 * An image cannot load the book's fonts, so the reading system draws the cover with a fallback serif
 * (Georgia, DejaVu Serif…): measure generously, with those faces' average glyph widths.
 */
function estimatedWidth(text: string, font: Font): number {
  return [...text].length * font.size * (font.weight === 700 ? 0.6 : 0.55);
}
