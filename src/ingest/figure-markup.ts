import { escapeXml } from '../markup/escape.js';
import type { CaptionLine } from './plain-text/caption-rule.js';
import type { LoadedImage } from './load-image.js';

export interface FigureMarkupInput {
  id: string;
  image: LoadedImage;
  /** Undefined: no alt attribute at all, so that the audit reports it; never a placeholder. */
  alt: string | undefined;
  caption?: CaptionLine | undefined;
  /** Article language: French puts a space before the colon of `Source : OTAN`. */
  language: string;
}

/** `<figure>` with its image, and a `<figcaption>` holding the caption and, apart, the credit. */
export function figureMarkup({ id, image, alt, caption, language }: FigureMarkupInput): string {
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
  const altAttribute = alt === undefined ? '' : ` alt="${escapeXml(alt)}"`;
  const img = `<img src="${escapeXml(image.asset.path)}"${altAttribute}${size} />`;
  return `<figure id="${escapeXml(id)}">${img}${caption ? figcaptionMarkup(caption, language) : ''}</figure>`;
}

function figcaptionMarkup(caption: CaptionLine, language: string): string {
  const colon = language.toLowerCase().startsWith('fr') ? ' : ' : ': ';
  const credit = caption.credit
    ? ` <span class="credit">${caption.credit.label ? `${escapeXml(caption.credit.label)}${colon}` : ''}${escapeXml(caption.credit.name)}</span>`
    : '';
  return `<figcaption>${escapeXml(caption.caption)}${caption.caption ? credit : credit.trimStart()}</figcaption>`;
}
