import type { Document, Element } from 'domhandler';
import { findElements, textOf } from '../../../markup/html-tree.js';
import { epubTypesOf } from './read-navigation.js';

/** A page-break marker (`epub:type="pagebreak"` or `role="doc-pagebreak"`) and the name a reader would hear for it. */
export interface PageBreakMarker {
  /** e.g. `span#page-2`, or `span (page break 3 of the document)` when it has no id. */
  selector: string;
  /** Its accessible name, as Ace's pagebreak-label finds one; undefined: none. */
  label?: string;
  /** Hidden from everyone (`hidden`, `aria-hidden="true"` on it or an ancestor): axe, so Ace, does not look at it. */
  hidden: boolean;
}

export function isPageBreak(element: Element): boolean {
  return epubTypesOf(element).includes('pagebreak') || (element.attribs['role'] ?? '').split(/\s+/).includes('doc-pagebreak');
}

/**
 * Every page-break marker of a content document with its label, read as Ace's axe build's pagebreak-label rule reads
 * it: any of a non-empty `aria-label`, an `aria-labelledby` naming an element with text, a non-empty `title`, or text
 * of its own. (axe also asks that the text be visible; a statically read document cannot tell, so text counts.)
 */
export function readPageBreaks(root: Document): PageBreakMarker[] {
  const byId = new Map<string, Element>();
  for (const element of findElements(root, (candidate) => candidate.attribs['id'] !== undefined)) if (!byId.has(element.attribs['id'] as string)) byId.set(element.attribs['id'] as string, element);
  return findElements(root, isPageBreak).map((element, index) => {
    const label = labelOf(element, byId);
    const id = element.attribs['id'];
    return { selector: id ? `${element.name}#${id}` : `${element.name} (page break ${index + 1} of the document)`, hidden: hiddenFromAll(element), ...(label ? { label } : {}) };
  });
}

function labelOf(element: Element, byId: ReadonlyMap<string, Element>): string | undefined {
  const clean = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() || undefined;
  const labelledBy = (element.attribs['aria-labelledby'] ?? '').split(/\s+/).filter(Boolean).map((id) => byId.get(id)).filter((target): target is Element => target !== undefined);
  return clean(element.attribs['aria-label']) ?? clean(labelledBy.map((target) => textOf(target)).join(' ')) ?? clean(element.attribs['title']) ?? clean(textOf(element));
}

function hiddenFromAll(element: Element): boolean {
  for (let node: Element['parent'] = element; node && 'attribs' in node; node = node.parent) {
    if (node.attribs['hidden'] !== undefined || node.attribs['aria-hidden']?.trim() === 'true') return true;
  }
  return false;
}
