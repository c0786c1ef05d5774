import { type ChildNode, type Document, Element, isTag, isText, type ParentNode, Text } from 'domhandler';
import type { OverlayItem } from './narration-types.js';
import { isPageBreak, isSilent, speechTextOf, URL_IN_TEXT } from './speech-text.js';

/** What marking found in one document: the overlay's items in reading order, and text it could not say. */
export interface MarkedSentences {
  items: OverlayItem[];
  /** Sentences with letters or digits on the page but nothing to say (they make the narration incomplete). */
  unspoken: number;
}

// Elements that hold blocks or are blocks: the text runs between them are segmented into sentences on their own.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'colgroup', 'col', 'menu', 'search',
]);
const ID_PREFIXES = ['s-', 'sentence-', 'narration-s-'];
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

/**
 * Marks every sentence of the document's text in place: `<span id="s-N">` around it (or `id` on the one element
 * it is, such as a figure's image or a contents link), numbered in reading order. Sentences are found by
 * `Intl.Segmenter` in `language`, inside each run of inline content between blocks; an inline element is never
 * split (a sentence that ends inside one ends after it). Page-break markers stay where they are and join the
 * items, so the overlay can mark them.
 */
export function markSentences(root: Document | Element, language: string): MarkedSentences {
  const prefix = ID_PREFIXES.find((candidate) => !hasIdStartingWith(root, candidate)) ?? `${ID_PREFIXES[0]}x-`;
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const speeches = new Map<Element, { id: string; speech: string }>();
  let unspoken = 0;
  for (const run of phrasingRuns(root)) {
    const sentences = splitIntoSentences(run, segmenter);
    if (sentences.length === 0 && SAYS_SOMETHING.test(run.map(visibleText).join(''))) unspoken += 1;
    for (const sentence of sentences) {
      const speech = speechTextOf(sentence);
      if (!SAYS_SOMETHING.test(speech)) {
        if (SAYS_SOMETHING.test(sentence.map(visibleText).join(''))) unspoken += 1;
        continue;
      }
      const id = `${prefix}${speeches.size + 1}`;
      speeches.set(wrap(sentence, id), { id, speech });
    }
  }
  return { items: overlayItems(root, speeches), unspoken };
}

function isPhrasing(node: ChildNode): boolean {
  if (!isTag(node)) return true;
  return !BLOCKS.has(node.name) && !(isSilent(node) && !isPageBreak(node));
}

/** Runs of consecutive inline siblings (text, inline elements) inside blocks, in document order. */
function phrasingRuns(root: Document | Element): ChildNode[][] {
  const runs: ChildNode[][] = [];
  const stack: ChildNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isTag(node) && BLOCKS.has(node.name)) {
      if (!isSilent(node)) stack.push(...[...node.children].reverse());
      continue;
    }
    if (!isPhrasing(node)) continue;
    // Inline nodes are not entered, so a run's next sibling is the very next node taken off the stack.
    const previous = node.prev;
    const last = runs[runs.length - 1];
    if (previous && last && last[last.length - 1] === previous && isPhrasing(previous)) last.push(node);
    else runs.push([node]);
  }
  return runs;
}

interface Unit {
  node: ChildNode;
  start: number;
  text: string;
}

/**
 * Splits the run's text nodes at sentence boundaries and returns each sentence's nodes (without the white space
 * and page-break markers at its edges). The run's parent gets the split text nodes in place of the originals.
 */
function splitIntoSentences(run: ChildNode[], segmenter: Intl.Segmenter): ChildNode[][] {
  const units: Unit[] = [];
  let length = 0;
  for (const node of run) {
    const text = isText(node) ? node.data : isTag(node) ? ` ${speechTextOf([node])} `.replace(/^ {2}$/, '') : '';
    units.push({ node, start: length, text });
    length += text.length;
  }
  // A URL's `?` or `.` ends no sentence: URLs are masked (same length, so offsets hold) before segmenting.
  const full = units.map((unit) => unit.text).join('').replace(URL_IN_TEXT, (url) => 'x'.repeat(url.replace(/[.,;:!?]+$/, '').length) + url.slice(url.replace(/[.,;:!?]+$/, '').length));
  const ranges = mergedRanges(
    [...segmenter.segment(full)].flatMap(({ segment, index }) => {
      const begin = index + (segment.length - segment.trimStart().length);
      const end = index + segment.trimEnd().length;
      return end > begin ? [snapped(begin, end, units)] : [];
    }),
  );
  const pieces = cutTextNodes(units, ranges.flat());
  replaceRun(run, pieces.map((piece) => piece.node));
  return ranges
    .map(([begin, end]) => pieces.filter((piece) => piece.start >= begin && piece.start < end && piece.node !== undefined).map((piece) => piece.node))
    .map(trimEdges)
    .filter((sentence) => sentence.length > 0);
}

/** A boundary inside an inline element moves out of it: a sentence begins at the element's start, ends at its end. */
function snapped(begin: number, end: number, units: readonly Unit[]): [number, number] {
  let [from, to] = [begin, end];
  for (const unit of units) {
    if (isText(unit.node)) continue;
    const unitEnd = unit.start + unit.text.length;
    if (from > unit.start && from < unitEnd) from = unit.start;
    if (to > unit.start && to < unitEnd) to = unitEnd;
  }
  return [from, to];
}

function mergedRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The run's nodes with text nodes cut at every offset given; each piece with the offset it starts at. */
function cutTextNodes(units: readonly Unit[], cuts: readonly number[]): Array<{ node: ChildNode; start: number }> {
  return units.flatMap((unit) => {
    if (!isText(unit.node)) return [{ node: unit.node, start: unit.start }];
    const inside = [...new Set(cuts)].filter((cut) => cut > unit.start && cut < unit.start + unit.text.length).sort((a, b) => a - b);
    const offsets = [unit.start, ...inside, unit.start + unit.text.length];
    return offsets.slice(0, -1).map((start, index) => ({ node: new Text(unit.text.slice(start - unit.start, offsets[index + 1]! - unit.start)) as ChildNode, start }));
  });
}

function trimEdges(nodes: ChildNode[]): ChildNode[] {
  const edge = (node: ChildNode | undefined) => node !== undefined && ((isText(node) && node.data.trim() === '') || (isTag(node) && isPageBreak(node)));
  const trimmed = [...nodes];
  while (edge(trimmed[0])) trimmed.shift();
  while (edge(trimmed[trimmed.length - 1])) trimmed.pop();
  return trimmed;
}

function replaceRun(run: readonly ChildNode[], nodes: readonly ChildNode[]): void {
  const parent = run[0]!.parent as ParentNode;
  parent.children.splice(parent.children.indexOf(run[0]!), run.length, ...nodes);
  relink(parent);
}

/** The sentence's own element when it is one element without an id; else a new `<span id>` around its nodes. */
function wrap(sentence: ChildNode[], id: string): Element {
  const only = sentence[0]!;
  if (sentence.length === 1 && isTag(only) && !only.attribs['id']) {
    only.attribs['id'] = id;
    return only;
  }
  const parent = only.parent as ParentNode;
  const span = new Element('span', { id }, [...sentence]);
  parent.children.splice(parent.children.indexOf(only), sentence.length, span);
  relink(span);
  relink(parent);
  return span;
}

function relink(parent: ParentNode): void {
  parent.children.forEach((child, index) => {
    child.parent = parent;
    child.prev = parent.children[index - 1] ?? null;
    child.next = parent.children[index + 1] ?? null;
  });
}

/** Sentences and page-break markers in document order. */
function overlayItems(root: Document | Element, speeches: ReadonlyMap<Element, { id: string; speech: string }>): OverlayItem[] {
  const items: OverlayItem[] = [];
  const stack: ChildNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isTag(node)) continue;
    const sentence = speeches.get(node);
    if (sentence) items.push({ kind: 'sentence', ...sentence });
    else if (isPageBreak(node) && node.attribs['id']) items.push({ kind: 'pagebreak', id: node.attribs['id'] });
    stack.push(...[...node.children].reverse());
  }
  return items;
}

function visibleText(root: ChildNode): string {
  let text = '';
  const stack: ChildNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isText(node)) text += node.data;
    else if (isTag(node) && !isSilent(node)) stack.push(...[...node.children].reverse());
  }
  return text;
}

function hasIdStartingWith(root: Document | Element, prefix: string): boolean {
  const stack: ChildNode[] = [...root.children];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isTag(node)) continue;
    if (node.attribs['id']?.startsWith(prefix)) return true;
    stack.push(...node.children);
  }
  return false;
}
