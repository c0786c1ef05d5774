import type { Asset } from '../model/asset.js';
import type { IngestedArticle } from '../model/document.js';
import { escapeXml } from '../markup/escape.js';
import { type Element, findElements, parseFragment, serializeFragment } from '../markup/html-tree.js';
import type { DivisionRole } from './book-file.js';

/** One file of the book as ingest read it, and the division it makes. */
export interface BookPart {
  article: IngestedArticle;
  role: DivisionRole;
}

/** Attributes holding id references (space-separated) that must follow the ids when they are prefixed. */
const ID_LISTS = ['aria-labelledby', 'aria-describedby', 'headers'];

/**
 * The book as one article: the book's metadata (`book`, read like article.yaml), and each file's body in a
 * `<section role="doc-chapter">` (or `doc-foreword`, `doc-appendix`…) opened by an `h2` holding the file's
 * title, its own headings one level down. Ids are prefixed per file (`c3-note-1`), with the links, labels and
 * table headers that name them, and images renamed per file (`images/c3-figure-1.png`), so that files may use
 * the same names. The result is as untrusted as each file's body: it goes through `sanitize` like any article.
 */
export function assembleBook(book: IngestedArticle, parts: readonly BookPart[]): IngestedArticle {
  const assets: Asset[] = [...book.assets];
  const sections = parts.map(({ article, role }, index) => {
    const prefix = `c${index + 1}-`;
    const renamed = new Map(article.assets.map((asset) => [asset.path, asset.path.replace(/^images\//, `images/${prefix}`)]));
    assets.push(...article.assets.map((asset) => ({ ...asset, path: renamed.get(asset.path) ?? asset.path })));
    const tree = parseFragment(article.bodyHtml);
    for (const element of findElements(tree, () => true)) rewriteElement(element, prefix, renamed);
    const titleId = `${prefix}title`;
    const standfirst = article.standfirst ? `<p class="standfirst">${escapeXml(article.standfirst)}</p>` : '';
    return (
      `<section role="${role}" aria-labelledby="${titleId}"><h2 id="${titleId}">${escapeXml(article.metadata.title)}</h2>` +
      `${standfirst}${serializeFragment(tree)}</section>`
    );
  });
  const findings = [...(book.findings ?? []), ...parts.flatMap(({ article }) => article.findings ?? [])];
  return {
    ...book,
    bodyHtml: sections.join('\n'),
    assets,
    warnings: [...book.warnings, ...parts.flatMap(({ article }) => article.warnings)],
    ...(findings.length > 0 && { findings }),
  };
}

function rewriteElement(element: Element, prefix: string, renamed: ReadonlyMap<string, string>): void {
  const { attribs } = element;
  // A chapter's own headings sit one level below its title (h1 → h2 would clash with it: h1 → h3 is not wanted either).
  const level = /^h([1-6])$/.exec(element.name)?.[1];
  if (level) element.name = `h${Math.min(6, Math.max(3, Number(level) + 1))}`;
  if (attribs['id']) attribs['id'] = prefix + attribs['id'];
  if (attribs['href']?.startsWith('#') && attribs['href'].length > 1) attribs['href'] = `#${prefix}${attribs['href'].slice(1)}`;
  for (const name of ID_LISTS) {
    if (attribs[name]) attribs[name] = attribs[name].split(/\s+/).filter(Boolean).map((id) => prefix + id).join(' ');
  }
  if (element.name === 'img' && attribs['src'] && renamed.has(attribs['src'])) attribs['src'] = renamed.get(attribs['src'])!;
}
