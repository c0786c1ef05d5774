import { ColophonError } from '../../errors.js';
import type { IngestWarning } from '../../model/document.js';
import type { FigureSource } from '../../model/metadata.js';
import { escapeXml } from '../../markup/escape.js';
import { figureMarkup } from '../figure-markup.js';
import { type ImageLoading, loadImage } from '../load-image.js';
import type { Asset } from '../../model/asset.js';
import type { CaptionLine } from './caption-rule.js';
import type { TextBlock } from './read-plain-text.js';

export interface PlainTextHtml {
  bodyHtml: string;
  assets: Asset[];
  warnings: IngestWarning[];
}

/**
 * Body HTML for a plain-text article: paragraphs, and a figure wherever a caption line stood,
 * its image taken in order from the metadata (`image` / `images`).
 * An image with no caption line in the text goes first, captioned from the metadata.
 */
export async function plainTextHtml(
  blocks: readonly TextBlock[],
  figures: readonly FigureSource[],
  options: ImageLoading & { language: string },
): Promise<PlainTextHtml> {
  const parts: string[] = [];
  const assets: Asset[] = [];
  const warnings: IngestWarning[] = [];
  let figureIndex = 0;
  const addFigure = async (source: FigureSource, found: CaptionLine | undefined) => {
    figureIndex += 1;
    const name = `figure-${figureIndex}`;
    const image = await loadImage(source.src, { baseDir: options.baseDir, scope: options.scope, allowRemote: options.allowRemote, name });
    assets.push(image.asset);
    parts.push(figureMarkup({ id: name, image, alt: source.alt, caption: captionFor(source, found), language: options.language }));
  };
  const captionCount = blocks.filter((block) => block.kind === 'caption').length;
  if (figures.length > captionCount) {
    for (const source of figures.slice(captionCount)) await addFigure(source, undefined);
  }
  let captionIndex = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      parts.push(`<p>${escapeXml(block.text)}</p>`);
      continue;
    }
    const source = figures[captionIndex];
    captionIndex += 1;
    if (source) {
      await addFigure(source, block);
    } else {
      warnings.push({ code: 'CAPTION_WITHOUT_IMAGE', message: `A caption line has no image ("${block.caption.slice(0, 60)}…"); it is kept as a paragraph. Add the image to the metadata (image: { src, alt }).` });
      parts.push(`<p>${escapeXml(block.line)}</p>`);
    }
  }
  if (parts.length === 0) {
    throw new ColophonError('NO_ARTICLE', 'The text holds no article body.', { hint: 'Check that this is the right file.' });
  }
  return { bodyHtml: parts.join('\n'), assets, warnings };
}

function captionFor(source: FigureSource, found: CaptionLine | undefined): CaptionLine | undefined {
  const caption = source.caption ?? found?.caption;
  if (caption === undefined) return undefined;
  const credit = source.credit !== undefined ? { label: found?.credit?.label ?? 'Photo', name: source.credit } : found?.credit;
  return credit ? { caption, credit } : { caption };
}
