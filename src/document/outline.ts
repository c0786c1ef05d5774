import type { FigureEntry, HeadingEntry } from '../model/document.js';
import { type Document, type Element, findElements, textOf } from '../markup/html-tree.js';

/** Gives every heading an id (for the EPUB toc and PDF outline) and lists them in order. */
export function outlineHeadings(root: Document): HeadingEntry[] {
  const used = new Set(findElements(root, (element) => Boolean(element.attribs['id'])).map((element) => element.attribs['id']));
  let counter = 0;
  return findElements(root, (element) => /^h[1-6]$/.test(element.name)).map((heading) => {
    if (!heading.attribs['id']) {
      do counter += 1;
      while (used.has(`section-${counter}`));
      heading.attribs['id'] = `section-${counter}`;
      used.add(heading.attribs['id']);
    }
    return { level: Number(heading.name.slice(1)), id: heading.attribs['id'], text: normalizeSpace(textOf(heading)) };
  });
}

/** Every figure with its image, alt text, caption and credit (for the report and the EPUB metadata). */
export function listFigures(root: Document): FigureEntry[] {
  return findElements(root, (element) => element.name === 'figure').flatMap((figure, index) => {
    const img = findElements(figure, (element) => element.name === 'img')[0];
    if (!img) return [];
    const caption = findElements(figure, (element) => element.name === 'figcaption')[0];
    const credit = caption ? findElements(caption, (element) => element.attribs['class'] === 'credit')[0] : undefined;
    const entry: FigureEntry = {
      id: figure.attribs['id'] ?? `figure-${index + 1}`,
      src: img.attribs['src'] ?? '',
      alt: img.attribs['alt'],
      caption: caption ? normalizeSpace(captionWithoutCredit(caption, credit)) : '',
    };
    if (credit) entry.credit = normalizeSpace(textOf(credit));
    return [entry];
  });
}

function captionWithoutCredit(caption: Element, credit: Element | undefined): string {
  return caption.children.filter((child) => child !== credit).map(textOf).join('');
}

function normalizeSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}
