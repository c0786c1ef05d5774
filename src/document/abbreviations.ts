import { Element, Text, type TextVisit } from '../markup/html-tree.js';

/**
 * Wraps each acronym the metadata expands (OTAN, KFOR, UE…) in `<abbr title="…">`,
 * as a whole word only (UE in « UE » but not in « QUEL »), outside code and existing abbr.
 */
export function markAbbreviations(visits: readonly TextVisit[], expansions: Readonly<Record<string, string>>): void {
  const terms = Object.keys(expansions).filter((term) => term.trim().length > 0).sort((a, b) => b.length - a.length);
  if (terms.length === 0) return;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  for (const { node } of visits) {
    const pieces = node.data.split(pattern);
    if (pieces.length === 1 || !node.parent) continue;
    const replacements = pieces
      .map((piece, index) => (index % 2 === 1 ? abbr(piece, expansions[piece] ?? '') : new Text(piece)))
      .filter((replacement) => !(replacement instanceof Text && replacement.data === ''));
    replaceNode(node, replacements);
  }
}

function abbr(term: string, expansion: string): Element {
  const element = new Element('abbr', { title: expansion });
  const text = new Text(term);
  text.parent = element;
  element.children = [text];
  return element;
}

function replaceNode(node: Text, replacements: Array<Text | Element>): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node);
  for (const replacement of replacements) replacement.parent = parent;
  parent.children.splice(index, 1, ...replacements);
  relink(parent.children);
}

function relink(children: Array<{ prev: unknown; next: unknown }>): void {
  children.forEach((child, index) => {
    child.prev = children[index - 1] ?? null;
    child.next = children[index + 1] ?? null;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
