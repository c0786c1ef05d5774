import { type LeftOutBlocks, textLength } from './dropped-part.js';
import { pagePath } from './page-paths.js';

/**
 * Blocks of text, counted at the outermost one (a blockquote, not its paragraphs). `h1` is not among them: the
 * headline becomes the title, from the metadata.
 */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'pre', 'figcaption', 'caption', 'td', 'th', 'address']);
const SHOWN_AT_MOST = 5;

/**
 * What Readability judged not part of the article: the text blocks of the page as it was given to Readability (its
 * furniture gone) that are missing from the extracted body: neither the block (known by its sequence attribute, which
 * Readability copies when it renames an element) nor any element inside it kept.
 * An element holding text of its own outside any block (`<div class="site-info">Powered by…</div>`) counts as a block.
 */
export function leftOutByReadability(pristine: Document, body: Element, seqAttribute: string): LeftOutBlocks | undefined {
  const kept = new Set(Array.from(body.querySelectorAll(`[${seqAttribute}]`)).map((element) => element.getAttribute(seqAttribute)));
  const isKept = (element: Element) => kept.has(element.getAttribute(seqAttribute));
  const candidates = new Set(Array.from(pristine.body?.querySelectorAll('*') ?? []).filter(isTextBlock));
  const left = Array.from(candidates).filter((block) => {
    if (block.closest('h1') || insideAnother(block, candidates) || textLength(block) === 0) return false;
    return !isKept(block) && !Array.from(block.querySelectorAll(`[${seqAttribute}]`)).some(isKept);
  });
  if (left.length === 0) return undefined;
  return {
    blocks: left.length,
    characters: left.reduce((sum, block) => sum + textLength(block), 0),
    paths: left.slice(0, SHOWN_AT_MOST).map(pagePath),
  };
}

/** True when a text node of its own (not of a child element) holds more than whitespace. */
function holdsOwnText(element: Element): boolean {
  return Array.from(element.childNodes).some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '');
}

function insideAnother(element: Element, candidates: ReadonlySet<Element>): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) if (candidates.has(parent)) return true;
  return false;
}

/** A text block, or an element holding text of its own. */
function isTextBlock(element: Element): boolean {
  return TEXT_BLOCKS.has(element.tagName.toLowerCase()) || holdsOwnText(element);
}
