import { type ChildNode, Element, isTag, isText } from 'domhandler';
import { findElements, textOf } from '../markup/html-tree.js';
import { serializeXhtml } from './xhtml-serializer.js';

/**
 * One XHTML content document the article is split into: the first holds the article's header (headline,
 * standfirst, byline) and what comes before the first chapter; each chapter (a top-level `h2`, or a
 * top-level section opening with one) gets its own — in a book, or an article longer than half of `maxBytes` —
 * and a part longer than `maxBytes` is split further at its next heading level (then, without headings, between blocks).
 */
export interface ContentPart {
  /** File name in the package directory. */
  href: string;
  /** Markup of the document's `<body>`, XHTML. */
  xhtml: string;
  /** The document's `<title>`: its first heading, or the article's title. */
  title: string;
  bodyType: 'bodymatter' | 'frontmatter' | 'backmatter';
  /** The `epub:type` of the division the document opens (`chapter`, `foreword`, `appendix`…), when it opens one. */
  division?: string;
  /** Manifest properties this document needs (`mathml`, `svg`). */
  properties: string[];
}

export interface SplitArticle {
  parts: ContentPart[];
  /** Every id of the article → the file holding it. */
  fileOf: ReadonlyMap<string, string>;
}

export interface SplitOptions {
  /** File name of the first document (the article's header): `article.xhtml`. */
  firstHref: string;
  title: string;
  /** Above this many bytes of XHTML a chapter is split further (default 200 KB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_PART_BYTES = 200 * 1024;

/** DPUB-ARIA roles of the book's divisions, with the `epub:type` and the body type their document gets. */
export const DIVISION_ROLES: Readonly<Record<string, { epubType: string; bodyType: ContentPart['bodyType'] }>> = {
  'doc-chapter': { epubType: 'chapter', bodyType: 'bodymatter' },
  'doc-dedication': { epubType: 'dedication', bodyType: 'frontmatter' },
  'doc-foreword': { epubType: 'foreword', bodyType: 'frontmatter' },
  'doc-preface': { epubType: 'preface', bodyType: 'frontmatter' },
  'doc-introduction': { epubType: 'introduction', bodyType: 'bodymatter' },
  'doc-acknowledgments': { epubType: 'acknowledgments', bodyType: 'backmatter' },
  'doc-appendix': { epubType: 'appendix', bodyType: 'backmatter' },
  'doc-glossary': { epubType: 'glossary', bodyType: 'backmatter' },
  'doc-bibliography': { epubType: 'bibliography', bodyType: 'backmatter' },
  'doc-endnotes': { epubType: 'endnotes', bodyType: 'backmatter' },
};

const SECTIONING = new Set(['section', 'div', 'aside']);

/**
 * Splits the parsed `<article>` (page-break markers already in it) into content documents, and
 * rewrites every in-article link (`href="#id"`) to the file that holds its target. An article with no
 * chapter and within `maxBytes` stays one document, as it always was.
 */
export function splitArticle(article: Element, options: SplitOptions): SplitArticle {
  const { groups, attribution } = groupArticle(article, options.maxBytes ?? DEFAULT_MAX_PART_BYTES);
  groups[groups.length - 1]!.push(...attribution);
  const hrefs = groups.map((_, index) => (index === 0 ? options.firstHref : `chapter-${index}.xhtml`));
  const fileOf = linkAcrossFiles(groups, hrefs);
  const parts = groups.map((group, index) => partOf(group, hrefs[index]!, index === 0 ? article : undefined, options.title, groups.length === 1));
  return { parts, fileOf };
}

/** The article's top-level nodes in the groups `splitArticle` makes of them (the first holds the header), its source block apart. */
export interface ArticleGroups {
  groups: ChildNode[][];
  /** The article's source block (`.attribution`), which the EPUB puts at the end of the last group. */
  attribution: ChildNode[];
  /** Whether the article is a book (divisions with DPUB-ARIA roles). */
  isBook: boolean;
}

/** Groups the article's top-level nodes into parts: one per chapter (in a book, or a long article), a part over `maxBytes` split further. */
export function groupArticle(article: Element, maxBytes: number = DEFAULT_MAX_PART_BYTES): ArticleGroups {
  const children = article.children.filter((node) => !(isText(node) && node.data.trim() === ''));
  const attribution = children.filter((node) => isTag(node) && hasClass(node, 'attribution'));
  const body = children.filter((node) => !attribution.includes(node));
  // A book (divisions with DPUB-ARIA roles) is split at its chapters; an article only when it is long: a news
  // story with a subheading or two stays one document, as a reader would expect it.
  const isBook = body.some((node) => isTag(node) && isDivision(node));
  const chapters = body.some((node) => isBoundary(node, 2) && isChapterStart(node)) && (isBook || sizeOf(body) > maxBytes / 2);
  const divisions = chapters ? groupAt(body, 2) : [body];
  const groups = divisions.flatMap((group) => splitBySize(group, chapters ? 3 : 2, maxBytes));
  return { groups, attribution, isBook };
}

/** Rewrites every in-article link (`href="#id"`) to the file (`hrefs[i]` for `groups[i]`) that holds its target; returns id → file. */
export function linkAcrossFiles(groups: readonly ChildNode[][], hrefs: readonly string[]): Map<string, string> {
  const fileOf = new Map<string, string>();
  groups.forEach((group, index) => {
    for (const node of group) for (const element of elementsOf(node)) if (element.attribs['id'] && !fileOf.has(element.attribs['id'])) fileOf.set(element.attribs['id'], hrefs[index]!);
  });
  groups.forEach((group, index) => {
    const href = hrefs[index]!;
    for (const node of group) {
      for (const link of elementsOf(node)) {
        const target = link.name === 'a' ? link.attribs['href'] : undefined;
        if (!target?.startsWith('#')) continue;
        const file = fileOf.get(decodeURIComponent(target.slice(1)));
        if (file && file !== href) link.attribs['href'] = `${file}${target}`;
      }
    }
  });
  return fileOf;
}

/** The href that reaches `id` from outside the article: `file#id` (the first document when the id is unknown). */
export function hrefOf(split: SplitArticle | undefined, firstHref: string, id?: string): string {
  if (id === undefined) return firstHref;
  return `${split?.fileOf.get(id) ?? firstHref}#${id}`;
}

function partOf(group: ChildNode[], href: string, article: Element | undefined, bookTitle: string, whole: boolean): ContentPart {
  const elements = group.flatMap(elementsOf);
  const heading = elements.find((element) => /^h[1-6]$/.test(element.name));
  // The division the document opens (the article's source block may follow the last one).
  const opening = group.find((node) => isTag(node) && !isPageBreak(node));
  const division = opening && isTag(opening) ? DIVISION_ROLES[opening.attribs['role'] ?? ''] : undefined;
  const properties = [
    ...(elements.some((element) => element.name === 'math') ? ['mathml'] : []),
    ...(elements.some((element) => element.name === 'svg') ? ['svg'] : []),
  ];
  for (const element of elements) {
    const role = DIVISION_ROLES[element.attribs['role'] ?? ''];
    if (role && SECTIONING.has(element.name) && !element.attribs['epub:type']) element.attribs['epub:type'] = role.epubType;
  }
  let xhtml: string;
  if (article && whole) {
    // One document: the article exactly as it was (whitespace between blocks included).
    xhtml = serializeXhtml([article]);
  } else if (article) {
    xhtml = serializeXhtml([shallowCopy(article, group)]);
  } else if (opening && isTag(opening) && opening.name === 'h2') {
    const id = opening.attribs['id'];
    xhtml = `<section class="chapter" epub:type="chapter" role="doc-chapter"${id ? ` aria-labelledby="${id}"` : ''}>${serializeXhtml(group)}</section>`;
  } else if (division || (group.length === 1 && isTag(group[0]!) && SECTIONING.has(group[0].name))) {
    xhtml = serializeXhtml(group);
  } else {
    xhtml = `<div class="chapter-part">${serializeXhtml(group)}</div>`;
  }
  const title = heading ? textOf(heading).replace(/\s+/g, ' ').trim() : '';
  const opens = division?.epubType ?? (opening && isTag(opening) && opening.name === 'h2' && !article ? 'chapter' : undefined);
  return { href, xhtml, title: title || bookTitle, bodyType: division?.bodyType ?? 'bodymatter', properties, ...(opens && { division: opens }) };
}

/** A copy of `element` (name and attributes) holding `children`; the originals are not moved. */
function shallowCopy(element: Element, children: ChildNode[]): Element {
  const copy = new Element(element.name, { ...element.attribs });
  copy.children = children;
  return copy;
}

/** Groups nodes so that each boundary of this heading level starts a group; page-break markers right before a boundary go with it. */
function groupAt(nodes: readonly ChildNode[], level: number): ChildNode[][] {
  const groups: ChildNode[][] = [[]];
  for (const node of nodes) {
    if (isBoundary(node, level) && groups[groups.length - 1]!.length > 0) {
      const previous = groups[groups.length - 1]!;
      let markers = 0;
      while (markers < previous.length && isPageBreak(previous[previous.length - 1 - markers]!)) markers += 1;
      groups.push(previous.splice(previous.length - markers, markers));
    }
    groups[groups.length - 1]!.push(node);
  }
  return groups.filter((group) => group.length > 0);
}

/** Splits a group larger than `maxBytes` at the next heading level that divides it, and between blocks past h6. */
function splitBySize(group: ChildNode[], level: number, maxBytes: number): ChildNode[][] {
  if (sizeOf(group) <= maxBytes) return [group];
  if (group.length === 1 && isTag(group[0]!) && SECTIONING.has(group[0].name) && group[0].children.length > 1) {
    // One section too large: its children are split, the first piece keeping the section (name, role, labels).
    const section = group[0];
    const inner = splitBySize(section.children.filter((node) => !(isText(node) && node.data.trim() === '')), level, maxBytes);
    return inner.map((piece, index) => (index === 0 ? [shallowCopy(section, piece)] : piece));
  }
  for (let next = level; next <= 6; next += 1) {
    const groups = groupAt(group, next);
    if (groups.length > 1) return groups.flatMap((piece) => splitBySize(piece, next + 1, maxBytes));
  }
  return chunksOf(group, maxBytes);
}

/** Consecutive blocks, each run at most `maxBytes` (a single larger block stays whole). */
function chunksOf(group: ChildNode[], maxBytes: number): ChildNode[][] {
  const chunks: ChildNode[][] = [[]];
  let size = 0;
  for (const node of group) {
    const bytes = sizeOf([node]);
    if (size + bytes > maxBytes && chunks[chunks.length - 1]!.length > 0 && !isPageBreak(node)) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]!.push(node);
    size += bytes;
  }
  return chunks;
}

const sizes = new WeakMap<ChildNode, number>();

function sizeOf(nodes: readonly ChildNode[]): number {
  let total = 0;
  for (const node of nodes) {
    let size = sizes.get(node);
    if (size === undefined) {
      size = Buffer.byteLength(serializeXhtml([node]));
      sizes.set(node, size);
    }
    total += size;
  }
  return total;
}

/** A heading of this level, or a sectioning element whose first element is one. */
function isBoundary(node: ChildNode, level: number): boolean {
  if (!isTag(node)) return false;
  if (node.name === `h${level}`) return true;
  if (!SECTIONING.has(node.name) || hasClass(node, 'attribution')) return false;
  const first = node.children.find((child) => isTag(child) && !isPageBreak(child));
  return first !== undefined && isTag(first) && first.name === `h${level}`;
}

/** What makes an article a book of chapters: a top-level h2 or a book division, not only its notes. */
function isChapterStart(node: ChildNode): boolean {
  if (!isTag(node)) return false;
  return node.name === 'h2' || isDivision(node);
}

/** A book division other than notes: a chapter, a foreword, an appendix… */
function isDivision(element: Element): boolean {
  const role = element.attribs['role'];
  return role !== undefined && role !== 'doc-endnotes' && role in DIVISION_ROLES;
}

function isPageBreak(node: ChildNode): boolean {
  return isTag(node) && node.attribs['role'] === 'doc-pagebreak';
}

function hasClass(element: Element, name: string): boolean {
  return (element.attribs['class'] ?? '').split(/\s+/).includes(name);
}

function elementsOf(node: ChildNode): Element[] {
  return isTag(node) ? [node, ...findElements(node, () => true)] : [];
}
