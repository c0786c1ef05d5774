import type { EpubPackage } from '../read-epub-package.js';

/** A place a link can reach in the reading order: a spine document, or an element with an id in it. */
export interface ReadingOrderTarget {
  /** `path` or `path#id`. */
  key: string;
  isPageBreak: boolean;
}

/** Every spine document followed by its elements with ids, in reading order (as Ace lists them). */
export function readingOrderTargets(epub: EpubPackage): ReadingOrderTarget[] {
  return epub.contentDocuments
    .filter((document) => document.inSpine)
    .flatMap((document) => [
      { key: document.path, isPageBreak: false },
      ...document.ids.map((element) => ({
        key: `${document.path}#${element.id}`,
        isPageBreak: element.epubTypes.includes('pagebreak') || (element.role ?? '').split(/\s+/).includes('doc-pagebreak'),
      })),
    ]);
}

export function targetKey(target: { path: string; fragment?: string }): string {
  return target.fragment ? `${target.path}#${target.fragment}` : target.path;
}
