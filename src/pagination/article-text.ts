import { type ChildNode, type Document, type Element, isTag, isText, type Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * The article's text as print shows it, reduced to what two renderings of the same words always
 * share: letters and digits, case-folded. Spaces, line breaks, hyphens at line ends, quotes and
 * apostrophes (U+2019 in the article, U+02BC in a PDF) are left out, so the article's markup and
 * a PDF's text layer compare character for character.
 *
 * A page start is an offset in `comparable`; `pointAt` turns it back into a place in the tree.
 */
export interface ArticleText {
  comparable: string;
  /** The text node and character offset where comparable character `offset` comes from; undefined at the end. */
  pointAt(offset: number): TextPoint | undefined;
  /** The comparable offset right after an element of the tree (where the text that follows it starts). */
  offsetAfter(element: Element): number | undefined;
  /** The comparable offset where an element's own text starts (the offset after what precedes it). */
  offsetBefore(element: Element): number | undefined;
}

export interface TextPoint {
  node: Text;
  /** Offset in `node.data` (UTF-16 units). */
  offset: number;
}

// Text that is not the article's running text in print: hidden elements, MathML annotations, and inline
// SVG (a picture: its text, like an image's, is not read as part of the page's words).
const UNRENDERED = new Set(['svg', 'annotation', 'annotation-xml', 'script', 'style', 'template', 'rp']);

/** Parses the semantic document's `<article>` as the EPUB stage does (names keep their case, `<x/>` closes). */
export function parseArticle(articleHtml: string): Document {
  return parseDocument(articleHtml, { decodeEntities: true, lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true });
}

/**
 * Reads the rendered text of a parsed article, in document order. Where each comparable character comes from is kept
 * compactly (a 1,500-page book has millions of them): the text nodes with the offset of their first character, and
 * each character's offset in its node in a typed array; `pointAt` finds the node by binary search.
 */
export function articleTextOf(root: Document | Element): ArticleText {
  let comparable = '';
  const nodes: Text[] = [];
  const nodeStarts: number[] = [];
  let offsets = new Int32Array(4096);
  const ends = new Map<Element, number>();
  const starts = new Map<Element, number>();
  const walk = (node: ChildNode): void => {
    if (isText(node)) {
      const start = comparable.length;
      let offset = 0;
      for (const character of node.data) {
        for (const kept of comparableCharacters(character)) {
          if (comparable.length === offsets.length) offsets = grown(offsets);
          offsets[comparable.length] = offset;
          comparable += kept;
        }
        offset += character.length;
      }
      if (comparable.length > start) {
        nodes.push(node);
        nodeStarts.push(start);
      }
    } else if (isTag(node)) {
      starts.set(node, comparable.length);
      if (!isUnrendered(node)) node.children.forEach(walk);
      ends.set(node, comparable.length);
    }
  };
  root.children.forEach(walk);
  const pointAt = (offset: number): TextPoint | undefined => {
    if (!(offset >= 0 && offset < comparable.length)) return undefined;
    let [low, high] = [0, nodeStarts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (nodeStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { node: nodes[low]!, offset: offsets[offset]! };
  };
  return { comparable, pointAt, offsetAfter: (element) => ends.get(element), offsetBefore: (element) => starts.get(element) };
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/** A string reduced as `ArticleText.comparable` is. */
export function comparableText(text: string): string {
  let comparable = '';
  for (const character of text) comparable += comparableCharacters(character);
  return comparable;
}

// Letters and digits, but not modifier letters: PDFs often carry the apostrophe as U+02BC, a modifier letter.
const KEPT = /[\p{L}\p{N}]/u;
const MODIFIER_LETTER = /\p{Lm}/u;

/** Characters reduced already: a book has a few hundred distinct characters and hundreds of thousands of them. */
const REDUCED = new Map<string, string>();

function comparableCharacters(character: string): string {
  let reduced = REDUCED.get(character);
  if (reduced === undefined) {
    // NFKC unfolds ligatures (ﬁ → fi) and full-width forms, so a PDF's glyph names and the markup agree.
    reduced = [...character.normalize('NFKC').toLowerCase()].filter((part) => KEPT.test(part) && !MODIFIER_LETTER.test(part)).join('');
    if (REDUCED.size < 65_536) REDUCED.set(character, reduced);
  }
  return reduced;
}

function isUnrendered(element: Element): boolean {
  return element.attribs['hidden'] !== undefined || UNRENDERED.has(element.name);
}
