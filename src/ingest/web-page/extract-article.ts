import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { imageCandidates } from './page-images.js';
import { classWords } from './class-words.js';
import type { LeftOutBlocks } from './dropped-part.js';
import { ARTICLE_ROOT } from './page-furniture.js';
import { leftOutByReadability } from './readability-left-out.js';

const SEQ = 'data-colophon-seq';
const IMAGE_PLACEHOLDER = 'colophon-image:';
const LEAD_WORDS = new Set(['lead', 'chapo', 'chapeau', 'standfirst', 'intro', 'summary', 'excerpt', 'deck', 'dek', 'subtitle', 'subheadline', 'teaser', 'description']);
const BLOCKS = 'p, h2, h3, h4, h5, h6, figure, blockquote, ul, ol, dl, table, pre';

export interface ExtractedArticle {
  /** The element holding the article body (Readability's content, with figures it dropped put back). */
  body: Element;
  standfirst?: string;
  /** The sources each `<img>` named, keyed by the placeholder its src now holds (Readability must not rewrite them). */
  imageSources: ReadonlyMap<string, string[]>;
  /** The same element as it was before extraction (Readability strips classes; the figure rule reads them). */
  originalOf(element: Element): Element | undefined;
  /** The text blocks Readability left out as not part of the article (for the report). */
  leftOut?: LeftOutBlocks;
}

/**
 * Parses a saved page with linkedom: a DOM without a script engine or resource loader, so nothing runs and
 * nothing is fetched. Only the parse; `extractArticle` works on the document after furniture is removed.
 */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * Finds the article in a page whose furniture is gone: the lead (an element classed lead / chapo / standfirst…)
 * is taken out as the standfirst, then Mozilla Readability picks the body. Readability often drops a figure
 * that stands between the headline and the text; figures of the article element it dropped are put back in place.
 */
export function extractArticle(document: Document): ExtractedArticle {
  const standfirst = takeStandfirst(document);
  const imageSources = tagImages(document);
  let count = 0;
  for (const element of Array.from(document.querySelectorAll('body *'))) element.setAttribute(SEQ, String((count += 1)));
  const pristine = document.cloneNode(true) as Document;
  const originals = new Map(Array.from(pristine.querySelectorAll(`[${SEQ}]`)).map((element) => [element.getAttribute(SEQ) ?? '', element]));
  const originalOf = (element: Element) => originals.get(element.getAttribute(SEQ) ?? '');

  let body: Element | undefined;
  try {
    const result = new Readability(document, { serializer: (element) => element, classesToPreserve: ['credit'] }).parse();
    body = (result?.content as unknown as Element | undefined) ?? undefined;
  } catch {
    body = undefined;
  }
  if (!body || body.textContent?.trim() === '') body = fallbackBody(pristine);
  else restoreDroppedFigures(body, pristine, originals);
  const article: ExtractedArticle = { body, imageSources, originalOf };
  if (standfirst) article.standfirst = standfirst;
  const leftOut = leftOutByReadability(pristine, body, SEQ);
  if (leftOut) article.leftOut = leftOut;
  return article;
}

function takeStandfirst(document: Document): string | undefined {
  const root = document.querySelector(ARTICLE_ROOT) ?? document.body;
  const lead = Array.from(root?.querySelectorAll('p, div, h2') ?? []).find(
    (element) => !element.closest('figure') && Array.from(classWords(element)).some((word) => LEAD_WORDS.has(word)),
  );
  const text = lead?.textContent?.replace(/\s+/gu, ' ').trim();
  if (!lead || !text || text.length < 20) return undefined;
  lead.remove();
  return text;
}

/** Gives each image a placeholder src and keeps its real sources aside, so that extraction cannot rewrite or lazy-load them. */
function tagImages(document: Document): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  for (const img of Array.from(document.querySelectorAll('img'))) {
    const key = `${IMAGE_PLACEHOLDER}${sources.size + 1}`;
    sources.set(key, imageCandidates(img));
    for (const name of img.getAttributeNames()) {
      if (!['alt', 'width', 'height', 'title'].includes(name)) img.removeAttribute(name);
    }
    img.setAttribute('src', key);
  }
  for (const source of Array.from(document.querySelectorAll('picture source'))) source.remove();
  return sources;
}

function restoreDroppedFigures(body: Element, pristine: Document, originals: ReadonlyMap<string, Element>): void {
  const kept = new Set(Array.from(body.querySelectorAll(`[${SEQ}]`)).map((element) => Number(element.getAttribute(SEQ))));
  const first = Math.min(...kept);
  const root = originals.get(String(first))?.closest(ARTICLE_ROOT) ?? pristine.querySelector(ARTICLE_ROOT);
  if (!root) return;
  const blocks = Array.from(body.querySelectorAll(BLOCKS));
  for (const figure of Array.from(root.querySelectorAll('figure'))) {
    const seq = Number(figure.getAttribute(SEQ));
    if (kept.has(seq) || !figure.querySelector('img') || figure.parentElement?.closest('figure')) continue;
    const copy = body.ownerDocument.importNode(figure, true);
    const next = blocks.find((block) => Number(block.getAttribute(SEQ)) > seq);
    if (next?.parentNode) next.parentNode.insertBefore(copy, next);
    else (blocks.at(-1)?.parentElement ?? body).appendChild(copy);
    kept.add(seq);
  }
}

/** When Readability finds nothing: the article element, else main, else the body, as the page has it. */
function fallbackBody(pristine: Document): Element {
  const root = pristine.querySelector('article') ?? pristine.querySelector(ARTICLE_ROOT) ?? pristine.body;
  for (const heading of Array.from(root.querySelectorAll('h1'))) heading.remove();
  return root;
}
