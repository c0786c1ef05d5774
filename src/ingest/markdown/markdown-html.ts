import type Token from 'markdown-it/lib/token.mjs';
import type { Asset } from '../../model/asset.js';
import type { IngestWarning } from '../../model/document.js';
import { escapeXml } from '../../markup/escape.js';
import { figureMarkup } from '../figure-markup.js';
import { type ImageLoading, type LoadedImage, loadImage } from '../load-image.js';
import { parseCaptionLine } from '../plain-text/caption-rule.js';
import type { MarkdownArticle } from './read-markdown.js';
import type { MathEnvironment } from './tex-math.js';

/**
 * Renders the Markdown body. Figure convention: an image alone in its paragraph is a figure;
 * its alt text is the image's alt, its title (`![alt](photo.jpg "Caption (Photo : Credit)")`)
 * is the caption, with a trailing `(Label : Credit)` set apart as the credit.
 */
export async function markdownHtml(
  article: MarkdownArticle,
  options: ImageLoading & { language: string },
): Promise<{ bodyHtml: string; assets: Asset[]; warnings: IngestWarning[] }> {
  const images = new Map<string, LoadedImage>();
  for (const src of article.imageSources) {
    if (!images.has(src)) images.set(src, await loadImage(src, { ...options, name: `figure-${images.size + 1}` }));
  }
  const tokens = figuresFromLoneImages(article.tokens, images, options.language);
  const renderer = article.renderer;
  renderer.renderer.rules['image'] = (all, index) => {
    const token = all[index];
    const image = token ? images.get(token.attrGet('src') ?? '') : undefined;
    if (!token || !image) return '';
    return `<img src="${escapeXml(image.asset.path)}" alt="${escapeXml(token.content)}" />`;
  };
  const environment: MathEnvironment = { warnings: [] };
  const bodyHtml = renderer.renderer.render(tokens, renderer.options, environment);
  return { bodyHtml, assets: [...images.values()].map((image) => image.asset), warnings: environment.warnings ?? [] };
}

function figuresFromLoneImages(tokens: Token[], images: ReadonlyMap<string, LoadedImage>, language: string): Token[] {
  const result: Token[] = [];
  let figureCount = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const [open, inline, close] = [tokens[index], tokens[index + 1], tokens[index + 2]];
    const children = inline?.children?.filter((child) => !(child.type === 'text' && child.content.trim() === '') && child.type !== 'softbreak');
    const lone = open?.type === 'paragraph_open' && close?.type === 'paragraph_close' && children?.length === 1 && children[0]?.type === 'image';
    const imageToken = lone ? children?.[0] : undefined;
    const image = imageToken ? images.get(imageToken.attrGet('src') ?? '') : undefined;
    if (!open || !imageToken || !image || !close) {
      if (open) result.push(open);
      continue;
    }
    figureCount += 1;
    const title = imageToken.attrGet('title');
    const html = figureMarkup({
      id: `figure-${figureCount}`,
      image,
      // Markdown cannot tell a forgotten alt from a decorative one; a figure is never decorative.
      alt: imageToken.content.trim() === '' ? undefined : imageToken.content,
      caption: title ? (parseCaptionLine(title) ?? { caption: title }) : undefined,
      language,
    });
    const block = Object.assign(Object.create(Object.getPrototypeOf(open) as object) as Token, open, { type: 'html_block', tag: '', content: `${html}\n`, nesting: 0 });
    result.push(block);
    index += 2;
  }
  return result;
}
