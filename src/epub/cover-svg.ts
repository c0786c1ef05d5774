import { escapeXml } from '../markup/escape.js';
import { COVER_FONT_FAMILY, type CoverWeight, faceMetrics, textWidth } from './cover-fonts.js';

/** What Colophon's cover shows (see `coverTextOf`). */
export interface CoverContent {
  title: string;
  description?: string;
  publisher?: string;
  language: string;
}

// A 1600 × 2560 portrait page (1 : 1.6, the usual ebook cover ratio).
export const COVER_WIDTH = 1600;
export const COVER_HEIGHT = 2560;
const MARGIN = 120;
const TEXT_WIDTH = COVER_WIDTH - 2 * MARGIN;
const COLOURS = { paper: '#f4efe6', ink: '#1e2430', accent: '#9a3324' } as const;
const ELLIPSIS = '\u2026';

interface TextStyle {
  size: number;
  weight: CoverWeight;
  /** px added after every character (CSS `letter-spacing`). */
  letterSpacing: number;
}

interface SetLine {
  text: string;
  baseline: number;
  style: TextStyle;
}

/**
 * The cover as SVG, laid out as the page Chromium used to screenshot laid it out (a padded flex column):
 * an accent band; the title in bold, the smaller the longer it is, at most 7 lines; an accent rule; the
 * standfirst in as many lines as the room left holds (9 at most); the publisher's name at the foot.
 * Lines are broken at spaces on the real advance widths of Source Serif 4 (kerning included), and a
 * block that does not fit ends with an ellipsis, as `-webkit-line-clamp` ended it. Text in the faces
 * of `COVER_FONT_FILES`, which the rasterizer is given.
 */
export function coverSvg(content: CoverContent, alt: string): string {
  const lines: SetLine[] = [];
  const titleStyle: TextStyle = { size: titleSize(content.title), weight: 700, letterSpacing: 0 };
  titleStyle.letterSpacing = -0.005 * titleStyle.size;
  const titleTop = MARGIN + 12 + 260;
  const titleLineHeight = 1.18 * titleStyle.size;
  const titleLines = clamp(breakLines(content.title, titleStyle), 7, titleStyle);
  titleLines.forEach((text, index) => lines.push({ text, style: titleStyle, baseline: baselineIn(titleTop + index * titleLineHeight, titleLineHeight, titleStyle) }));
  const ruleTop = titleTop + titleLines.length * titleLineHeight + 90;

  const publisherStyle: TextStyle = { size: 60, weight: 700, letterSpacing: 0 };
  const publisherLineHeight = normalLineHeight(publisherStyle);
  const foot = COVER_HEIGHT - MARGIN;
  if (content.publisher) lines.push({ text: content.publisher, style: publisherStyle, baseline: baselineIn(foot - publisherLineHeight, publisherLineHeight, publisherStyle) });

  if (content.description) {
    const style: TextStyle = { size: 58, weight: 400, letterSpacing: 0 };
    const lineHeight = 1.3 * style.size;
    const top = ruleTop + 8 + 80;
    const bottom = content.publisher ? foot - publisherLineHeight - 60 : foot;
    const room = Math.min(9, Math.floor((bottom - top) / lineHeight));
    clamp(breakLines(content.description, style), Math.max(1, room), style).forEach((text, index) =>
      lines.push({ text, style, baseline: baselineIn(top + index * lineHeight, lineHeight, style) }),
    );
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${COVER_HEIGHT}" viewBox="0 0 ${COVER_WIDTH} ${COVER_HEIGHT}" xml:lang="${escapeXml(content.language)}">`,
    `<title>${escapeXml(alt)}</title>`,
    `<rect width="${COVER_WIDTH}" height="${COVER_HEIGHT}" fill="${COLOURS.paper}"/>`,
    `<rect x="${MARGIN}" y="${MARGIN}" width="${TEXT_WIDTH}" height="12" fill="${COLOURS.accent}"/>`,
    `<rect x="${MARGIN}" y="${round(ruleTop)}" width="240" height="8" fill="${COLOURS.accent}"/>`,
    ...lines.map(svgLine),
    '</svg>',
    '',
  ].join('\n');
}

/** 132 px for a title of up to 40 characters, then 116, 96, 80. */
function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 40 ? 132 : length <= 80 ? 116 : length <= 140 ? 96 : 80;
}

/** Greedy breaking at spaces (not at no-break spaces), as a browser breaks a left-aligned paragraph. */
function breakLines(text: string, style: TextStyle): string[] {
  const lines: string[] = [];
  for (const word of text.split(/[ \t\r\n\f]+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && widthOf(`${last} ${word}`, style) <= TEXT_WIDTH) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** At most `maxLines`; when lines were left out, the last one kept ends with an ellipsis, characters removed until it fits. */
function clamp(lines: string[], maxLines: number, style: TextStyle): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = [...(kept[maxLines - 1] ?? '')];
  while (last.length > 0 && widthOf(`${last.join('')}${ELLIPSIS}`, style) > TEXT_WIDTH) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.join('').trimEnd()}${ELLIPSIS}`;
  return kept;
}

function widthOf(text: string, style: TextStyle): number {
  return textWidth(text, style.weight, style.size, style.letterSpacing);
}

/** CSS `line-height: normal`: the face's ascent + descent + line gap, each rounded to the pixel as Blink rounds them. */
function normalLineHeight(style: TextStyle): number {
  const metrics = faceMetrics(style.weight);
  return Math.round(metrics.ascent * style.size) + Math.round(metrics.descent * style.size) + Math.round(metrics.lineGap * style.size);
}

/** The baseline of a line box at `top`, `lineHeight` tall: the glyphs' ascent + descent centred in it (CSS half-leading). */
function baselineIn(top: number, lineHeight: number, style: TextStyle): number {
  const metrics = faceMetrics(style.weight);
  const ascent = Math.round(metrics.ascent * style.size);
  const descent = Math.round(metrics.descent * style.size);
  return top + (lineHeight - ascent - descent) / 2 + ascent;
}

/** One line; a single word wider than the text column is narrowed to fit rather than cut. */
function svgLine({ text, baseline, style }: SetLine): string {
  const fit = widthOf(text, style) > TEXT_WIDTH ? ` textLength="${TEXT_WIDTH}" lengthAdjust="spacingAndGlyphs"` : '';
  const spacing = style.letterSpacing === 0 ? '' : ` letter-spacing="${round(style.letterSpacing)}"`;
  return `<text x="${MARGIN}" y="${round(baseline)}" font-family="${COVER_FONT_FAMILY}" font-size="${style.size}" font-weight="${style.weight}"${spacing} fill="${COLOURS.ink}" xml:space="preserve"${fit}>${escapeXml(text)}</text>`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
