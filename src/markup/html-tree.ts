import render from 'dom-serializer';
import { type ChildNode, type Document, Element, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export { Element, Text };
export type { ChildNode, Document };

/** Parses an HTML fragment (already sanitized) into a tree the document stage edits. */
export function parseFragment(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

/** Serializes a tree as markup that is both valid HTML and well-formed XHTML (void elements self-closed, UTF-8 text). */
export function serializeFragment(nodes: ChildNode | ChildNode[] | Document): string {
  // In HTML mode dom-serializer writes U+00A0 as &nbsp;, which XML does not know: write the character.
  return render(nodes, { encodeEntities: 'utf8', selfClosingTags: true, emptyAttrs: true }).replace(/&nbsp;/g, '\u00a0');
}

/** Elements whose text is code or data: typography and abbreviation markup leave it alone (MathML too: its tokens are not prose). */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'abbr', 'time', 'math']);

export interface TextVisit {
  node: Text;
  /** The language in force at this text (nearest `lang`, else the document's). */
  language: string;
}

/*
 * The walks below keep their own stack (children pushed in reverse, so they come off in document order) rather
 * than recursing: an article nested thousands deep must not overflow the call stack (issue #18).
 */

/** Every text node that holds prose, with its language, in document order. */
export function proseTextNodes(root: Document | Element, language: string): TextVisit[] {
  const visits: TextVisit[] = [];
  const stack: { node: ChildNode; language: string }[] = childrenOf(root).map((node) => ({ node, language }));
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node } = entry;
    if (node instanceof Text) {
      visits.push({ node, language: entry.language });
    } else if (node instanceof Element && !VERBATIM.has(node.name)) {
      const own = node.attribs['lang'] ?? entry.language;
      for (const child of childrenOf(node)) stack.push({ node: child, language: own });
    }
  }
  return visits;
}

/** All elements below `root` (document order) for which `test` holds. */
export function findElements(root: Document | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: ChildNode[] = childrenOf(root);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!(node instanceof Element)) continue;
    if (test(node)) found.push(node);
    for (const child of childrenOf(node)) stack.push(child);
  }
  return found;
}

/** The text content of a node, as a reader would hear it. */
export function textOf(node: ChildNode | Document): string {
  if (node instanceof Text) return node.data;
  if (!(node instanceof Element || 'children' in node)) return '';
  let text = '';
  const stack: ChildNode[] = childrenOf(node as Element);
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next instanceof Text) text += next.data;
    else if (next instanceof Element || 'children' in next) for (const child of childrenOf(next as Element)) stack.push(child);
  }
  return text;
}

/** A node's children, last first: pushed on a stack, they come off in document order. */
function childrenOf(node: Document | Element): ChildNode[] {
  return [...node.children].reverse();
}
