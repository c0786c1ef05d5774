import { type ChildNode, type Document, Element, isTag, isText, type ParentNode, Text } from 'domhandler';
import { append } from 'domutils';
import { ColophonError } from '../errors.js';
import { findElements } from '../markup/html-tree.js';
import { type ArticleText, articleTextOf, type PageStart } from '../pagination/index.js';

/** A page-break marker placed in the article: the page list links to it by id. */
export interface PageBreakMarker {
  id: string;
  /** The page number, as the marker's `title` and the page list say it. */
  label: string;
}

/** Where a marker goes: before `parent.children[index]` (or at the end when index is the length). */
interface Position {
  parent: ParentNode;
  index: number;
}

// Elements a marker stays inside even at their very start: their parents do not take a <span> (li in ol,
// td in tr…) or must keep them first (figcaption, summary, caption, legend).
const KEEP_INSIDE = new Set(['li', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'legend', 'option', 'rt', 'article']);
// Elements whose accessible name is their text: a marker inside would read its page number into the name.
const NAMED_BY_CONTENT = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'label']);
// Elements a picture is, for a page that opens with one.
const PICTURES = new Set(['img', 'svg', 'video', 'picture']);
const FOREIGN = new Set(['svg', 'math']);

/**
 * Puts a `<span epub:type="pagebreak" role="doc-pagebreak" title="N">` where each page starts: before the page's
 * first word (a text node is split when the page starts mid-paragraph), or before the picture it opens
 * with, and out of the enclosing elements the page starts with, so a heading's or a link's name keeps
 * its words. Returns the markers in page order.
 */
export function insertPageBreakMarkers(tree: Document, article: Element, pageStarts: readonly PageStart[]): PageBreakMarker[] {
  checkPageOrder(pageStarts);
  const prefix = idPrefix(tree);
  const text = articleTextOf(tree);
  const markers = pageStarts.map((start) => ({ start, marker: { id: `${prefix}${start.label}`, label: start.label } }));
  // Positions are found before the tree changes, then filled from the last: splitting a text node keeps its head in place.
  const placed = markers.map(({ start, marker }) => ({ marker, at: startPoint(start, text, tree, article) }));
  for (const { marker, at } of [...placed].reverse()) insertMarker(marker, at, article);
  return markers.map(({ marker }) => marker);
}

function checkPageOrder(pageStarts: readonly PageStart[]): void {
  const labels = new Set(pageStarts.map((start) => start.label));
  const ordered = pageStarts.every((start, index) => index === 0 || (start.page > pageStarts[index - 1]!.page && start.textOffset >= pageStarts[index - 1]!.textOffset));
  if (!ordered || labels.size !== pageStarts.length || pageStarts.some((start) => !/^[\p{L}\p{N}-]+$/u.test(start.label))) {
    throw new ColophonError('OPTIONS_INVALID', 'The page starts given to the EPUB are not in page order, or their labels repeat or are not page numbers.', {
      hint: 'Pass the `pageStarts` that paginationOf() found in the PDF of the same document, unchanged.',
    });
  }
}

type StartPoint = { kind: 'text'; node: Text; offset: number } | { kind: 'before'; node: ChildNode } | { kind: 'end' };

function startPoint(start: PageStart, text: ArticleText, tree: Document, article: Element): StartPoint {
  const picture = start.leadingFigures > 0 ? openingPicture(start, text, tree) : undefined;
  if (picture) return { kind: 'before', node: picture };
  const point = text.pointAt(start.textOffset);
  if (!point || !article.children.length) return { kind: 'end' };
  let offset = point.offset;
  // « or ( before the first letter belong to the word: the marker goes before them.
  while (offset > 0 && /[^\s\p{L}\p{N}]/u.test(point.node.data[offset - 1] ?? '')) offset -= 1;
  return { kind: 'text', node: point.node, offset };
}

/** Of the pictures right before the page's first word (no text between), the `leadingFigures`-th from the last. */
function openingPicture(start: PageStart, text: ArticleText, tree: Document): Element | undefined {
  const pictures = findElements(tree, (element) => PICTURES.has(element.name) && !hasAncestor(element, PICTURES));
  const before = pictures.filter((picture) => text.offsetAfter(picture) === start.textOffset);
  return before[Math.max(0, before.length - start.leadingFigures)];
}

/**
 * The marker is named by `title`, which DPUB-ARIA, Ace (`pagebreak-label`) and epubcheck accept: axe-core
 * (4.14, Colophon's audit) ignores DPUB roles when it checks where `aria-label` may go, so it reports
 * `aria-label` on a `<span role="doc-pagebreak">` as naming a generic element (aria-prohibited-attr, serious),
 * which would stand between every paginated book and its conformance claim.
 */
function insertMarker(marker: PageBreakMarker, at: StartPoint, article: Element): void {
  const element = new Element('span', { 'epub:type': 'pagebreak', role: 'doc-pagebreak', id: marker.id, title: marker.label });
  let position: Position;
  if (at.kind === 'end') position = { parent: article, index: article.children.length };
  else if (at.kind === 'before') position = positionOf(at.node);
  else if (at.offset === 0) position = positionOf(at.node);
  else {
    const tail = new Text(at.node.data.slice(at.offset));
    at.node.data = at.node.data.slice(0, at.offset);
    append(at.node, tail);
    position = positionOf(tail);
  }
  position = hoisted(position, article);
  while (position.index > 0 && isMarker(position.parent.children[position.index - 1])) position.index -= 1;
  position.parent.children.splice(position.index, 0, element);
  relink(position.parent);
}

/** Out of foreign content and named elements always; out of any other element the position starts. */
function hoisted(position: Position, article: Element): Position {
  let current = position;
  for (let parent = current.parent; isTag(parent) && parent !== article; parent = current.parent) {
    const mustLeave = FOREIGN.has(parent.name) || hasAncestor(parent, FOREIGN) || NAMED_BY_CONTENT.has(parent.name) || hasAncestor(parent, NAMED_BY_CONTENT, article);
    if (!mustLeave && (KEEP_INSIDE.has(parent.name) || !atStart(current))) break;
    current = positionOf(parent);
  }
  return current;
}

function atStart({ parent, index }: Position): boolean {
  return parent.children.slice(0, index).every((child) => (isText(child) && child.data.trim() === '') || isMarker(child));
}

function isMarker(node: ChildNode | undefined): boolean {
  return node !== undefined && isTag(node) && node.attribs['role'] === 'doc-pagebreak';
}

function positionOf(node: ChildNode): Position {
  const parent = node.parent as ParentNode;
  return { parent, index: parent.children.indexOf(node) };
}

function relink(parent: ParentNode): void {
  parent.children.forEach((child, index) => {
    child.parent = parent;
    child.prev = parent.children[index - 1] ?? null;
    child.next = parent.children[index + 1] ?? null;
  });
}

function hasAncestor(node: ChildNode, names: ReadonlySet<string>, stopAt?: Element): boolean {
  for (let parent = node.parent; parent && isTag(parent) && parent !== stopAt; parent = parent.parent) {
    if (names.has(parent.name)) return true;
  }
  return false;
}

/** Ids of the form `page-N` unless the article already uses such ids. */
function idPrefix(tree: Document): string {
  const taken = findElements(tree, (element) => /^page-/.test(element.attribs['id'] ?? '')).length > 0;
  return taken ? 'print-page-' : 'page-';
}
