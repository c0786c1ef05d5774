import type { Asset } from '../../model/asset.js';
import type { IngestWarning } from '../../model/document.js';
import { escapeXml } from '../../markup/escape.js';
import type { ReadScope } from '../confinement.js';
import { figureMarkup } from '../figure-markup.js';
import { type CaptionLine, parseCaption, parseCreditText } from '../plain-text/caption-rule.js';
import { classWords } from './class-words.js';
import type { ExtractedArticle } from './extract-article.js';
import { imageCandidates, resolvePageImage } from './page-images.js';

/** Class or id words that mark a figure's credit (`<span class="credit">`, `<small class="photo-copyright">`). */
const CREDIT_WORDS = new Set(['credit', 'credits', 'copyright', 'photographer', 'author', 'source', 'attribution', 'byline']);

export interface PageFigures {
  assets: Asset[];
  warnings: IngestWarning[];
}

/**
 * Rewrites the images of an extracted page as Colophon figures: each `<figure>` gets its image (loaded from the
 * saved page's folder or a data: URI) and a figcaption with the credit set apart — a credit element, or a credit
 * at the end of the caption (the caption rule). Figures whose image cannot be had are dropped with a warning;
 * images outside figures stay where they are.
 */
export async function renderPageFigures(
  article: ExtractedArticle,
  options: { baseDir: string; scope: ReadScope; origin: string; language: string; allowRemote?: boolean | undefined },
): Promise<PageFigures> {
  const assets: Asset[] = [];
  const warnings: IngestWarning[] = [];
  const document = article.body.ownerDocument;
  const load = async (img: Element, name: string) => {
    const candidates = article.imageSources.get(img.getAttribute('src') ?? '') ?? imageCandidates(img);
    const resolved = await resolvePageImage(candidates, { baseDir: options.baseDir, scope: options.scope, name, origin: options.origin, allowRemote: options.allowRemote });
    if (resolved.warning) warnings.push(resolved.warning);
    if (resolved.image) assets.push(resolved.image.asset);
    return resolved.image;
  };

  let figureCount = 0;
  for (const figure of Array.from(article.body.querySelectorAll('figure'))) {
    const img = figure.querySelector('img');
    if (!img) continue;
    const caption = captionOf(figure, article);
    const image = await load(img, `figure-${figureCount + 1}`);
    if (!image) {
      const said = caption ? ` (caption: "${caption.caption.slice(0, 60)}")` : '';
      warnings.push({ code: 'FIGURE_DROPPED', message: `${options.origin}: a figure${said} was left out because its image could not be had.` });
      figure.remove();
      continue;
    }
    figureCount += 1;
    const alt = img.hasAttribute('alt') ? (img.getAttribute('alt') ?? '') : undefined;
    const holder = document.createElement('div');
    holder.innerHTML = figureMarkup({ id: `figure-${figureCount}`, image, alt, caption, language: options.language });
    figure.replaceWith(...Array.from(holder.childNodes));
  }

  let imageCount = 0;
  for (const img of Array.from(article.body.querySelectorAll('img'))) {
    if (img.closest('figure')) continue;
    const image = await load(img, `image-${imageCount + 1}`);
    if (!image) {
      img.remove();
      continue;
    }
    imageCount += 1;
    const alt = img.getAttribute('alt');
    const holder = document.createElement('div');
    holder.innerHTML = `<img src="${escapeXml(image.asset.path)}"${alt === null ? '' : ` alt="${escapeXml(alt)}"`} />`;
    img.replaceWith(...Array.from(holder.childNodes));
  }
  return { assets, warnings };
}

function captionOf(figure: Element, article: ExtractedArticle): CaptionLine | undefined {
  const figcaption = figure.querySelector('figcaption');
  const creditElement = Array.from(figure.querySelectorAll('*')).find((element) => {
    const original = article.originalOf(element) ?? element;
    return element.tagName.toLowerCase() !== 'img' && Array.from(classWords(original)).some((word) => CREDIT_WORDS.has(word));
  });
  const credit = creditElement ? parseCreditText(creditElement.textContent ?? '') : undefined;
  creditElement?.remove();
  const text = figcaption?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
  if (credit) return { caption: text, credit };
  if (text === '') return undefined;
  return parseCaption(text);
}
