import { isTag } from 'domhandler';
import { groupArticle, linkAcrossFiles } from '../epub/chapter-split.js';
import { escapeXml } from '../markup/escape.js';
import { type ChildNode, Element, findElements, parseFragment, serializeFragment, textOf } from '../markup/html-tree.js';
import type { SemanticDocument } from '../model/document.js';
import { editionLabels } from './edition-labels.js';
import { inlineImagesIn, renderWebPage, webPageShell } from './web-page.js';

/** One file of the web edition. */
export interface WebEditionPage {
  /** `index.html`, `chapter-1.html`… */
  name: string;
  html: string;
}

/** The chapter links' list: a row of links, wrapping, each far enough from the next. */
const NAV_LIST_STYLE = 'list-style: none; padding: 0; margin: 2rem 0 0; display: flex; flex-wrap: wrap; gap: 0.75rem 2rem; line-height: 2';

/** Id of the book's table of contents heading on `index.html` (the book's own ids are prefixed `cN-`). */
const CONTENTS_TITLE_ID = 'book-contents-title';

/**
 * The web edition. An article: one `index.html` (see `renderWebPage`). A book: `index.html` holds the book's
 * header, its table of contents and its source block, and each part the EPUB makes a content document of (a
 * division, or a piece of a long one: the same `groupArticle`) is a page `chapter-N.html` of its own, with
 * previous / contents / next links; every in-book link goes to the page that holds its target.
 */
export async function renderWebEdition(document: SemanticDocument): Promise<WebEditionPage[]> {
  const tree = parseFragment(document.articleHtml);
  const article = tree.children.find((node): node is Element => isTag(node) && node.name === 'article');
  const split = article && groupArticle(article);
  if (!article || !split?.isBook || split.groups.length < 2) return [{ name: 'index.html', html: await renderWebPage(document) }];

  const { groups, attribution } = split;
  const { metadata } = document;
  const labels = editionLabels(metadata.language);
  const names = groups.map((_, index) => (index === 0 ? 'index.html' : `chapter-${index}.html`));
  // The source block is on the contents page: links to it go there.
  linkAcrossFiles(groups.map((group, index) => (index === 0 ? [...group, ...attribution] : group)), names);
  for (const node of [...groups.flat(), ...attribution]) if (node instanceof Element) inlineImagesIn(node, document.assets);
  const titles = groups.map((group) => headingOf(group) ?? metadata.title);

  const contents =
    `<nav role="doc-toc" aria-labelledby="${CONTENTS_TITLE_ID}"><h2 id="${CONTENTS_TITLE_ID}">${escapeXml(labels.contents)}</h2>\n<ol>\n` +
    titles.slice(1).map((title, index) => `<li><a href="${names[index + 1]}">${escapeXml(title)}</a></li>\n`).join('') +
    '</ol></nav>\n';
  const pages: WebEditionPage[] = [];
  pages.push({
    name: 'index.html',
    html: await webPageShell(metadata, { title: metadata.title, main: `${openTag(article, article.attribs['aria-labelledby'])}${serializeFragment(groups[0]!)}\n${contents}${serializeFragment(attribution)}</article>` }),
  });
  for (let index = 1; index < groups.length; index += 1) {
    const group = groups[index]!;
    const link = (rel: 'prev' | 'next', to: number, label: string) => `<li><a rel="${rel}" href="${names[to]}">${escapeXml(label)}: ${escapeXml(titles[to]!)}</a></li>`;
    const nav =
      // On one line, spaced: each link keeps the 24 px target area WCAG 2.2 asks for (styles/web.css is the article's and stays as it is).
      `<nav aria-label="${escapeXml(labels.chapters)}"><ul style="${NAV_LIST_STYLE}">` +
      (index > 1 ? link('prev', index - 1, labels.previous) : '') +
      `<li><a href="index.html">${escapeXml(labels.contents)}</a></li>` +
      (index < groups.length - 1 ? link('next', index + 1, labels.next) : '') +
      '</ul></nav>';
    const labelledBy = firstHeadingId(group);
    pages.push({
      name: names[index]!,
      html: await webPageShell(metadata, { title: `${titles[index]} – ${metadata.title}`, main: `${openTag(article, labelledBy)}${serializeFragment(group)}</article>\n${nav}` }),
    });
  }
  return pages;
}

/** The article's opening tag (its `lang`, `dir`, `class`), labelled by `labelledBy` when there is one (never by an id the page lacks). */
function openTag(article: Element, labelledBy: string | undefined): string {
  const attributes = Object.entries(article.attribs).filter(([name]) => name !== 'aria-labelledby' && name !== 'id');
  if (labelledBy) attributes.push(['aria-labelledby', labelledBy]);
  return `<article${attributes.map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('')}>`;
}

function headingsOf(group: readonly ChildNode[]): Element[] {
  return group.flatMap((node) => (node instanceof Element ? [node, ...findElements(node, () => true)] : [])).filter((element) => /^h[1-6]$/.test(element.name));
}

function headingOf(group: readonly ChildNode[]): string | undefined {
  const heading = headingsOf(group)[0];
  const text = heading && textOf(heading).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

function firstHeadingId(group: readonly ChildNode[]): string | undefined {
  return headingsOf(group)[0]?.attribs['id'];
}
