import type { HeadingEntry } from '../model/document.js';
import { ARTICLE_PAGE, COLOPHON_PAGE } from './epub-layout.js';
import type { EpubLabels } from './labels.js';

/** One entry of the table of contents; the navigation document and the NCX are both drawn from the same entries. */
export interface TocEntry {
  href: string;
  label: string;
  children: TocEntry[];
}

export interface TocSource {
  title: string;
  headings: readonly HeadingEntry[];
  /** Ids present in the article: a heading whose id is not there is left out rather than linked to nothing. */
  articleIds: ReadonlySet<string>;
  /** The document holding each id, when the article is split into several (default: `article.xhtml`). */
  fileOf?: ReadonlyMap<string, string>;
  labels: EpubLabels;
}

/** The article (with its h2 sections) and the colophon. */
export function tableOfContents({ title, headings, articleIds, labels, fileOf }: TocSource): TocEntry[] {
  const sections = headings
    .filter((heading) => heading.level === 2 && articleIds.has(heading.id) && heading.text.trim() !== '')
    .map((heading) => ({ href: `${fileOf?.get(heading.id) ?? ARTICLE_PAGE}#${heading.id}`, label: heading.text.trim(), children: [] }));
  return [
    { href: ARTICLE_PAGE, label: title, children: sections },
    { href: COLOPHON_PAGE, label: labels.colophonTitle, children: [] },
  ];
}

/** Depth of the tree (1 when no entry has children). */
export function tocDepth(entries: readonly TocEntry[]): number {
  return entries.reduce((depth, entry) => Math.max(depth, 1 + tocDepth(entry.children)), 0);
}
