import { describe, expect, it } from 'vitest';
import { buildEpub } from '../../src/epub/index.js';
import type { SemanticDocument } from '../../src/model/document.js';
import { articleTextOf, comparableText, type PageStart, parseArticle } from '../../src/pagination/index.js';
import { placePages } from '../../src/pagination/page-starts.js';
import { openEpub } from './epub-reader.js';
import { longArticleDocument } from './long-article-document.js';

/** Page 1 at the start, and page 2 where `words` first occur in the article. */
function pagesAt(document: SemanticDocument, words: string, leadingFigures = 0): PageStart[] {
  const textOffset = articleTextOf(parseArticle(document.articleHtml)).comparable.indexOf(comparableText(words));
  expect(textOffset).toBeGreaterThan(0);
  return [
    { page: 1, label: '1', textOffset: 0, leadingFigures: 0, firstWords: '' },
    { page: 2, label: '2', textOffset, leadingFigures, firstWords: words },
  ];
}

async function articleWith(pageStarts: PageStart[], document = longArticleDocument()): Promise<string> {
  return (await openEpub((await buildEpub(document, { pageStarts })).bytes)).text('OEBPS/article.xhtml');
}

const MARKER = (page: number) => `<span epub:type="pagebreak" role="doc-pagebreak" id="page-${page}" title="${page}"></span>`;

describe('page-break markers', () => {
  it('open the article for page 1', async () => {
    const article = await articleWith(pagesAt(longArticleDocument(), 'Tides and numbers'));
    expect(article).toContain(`<article aria-labelledby="article-title">${MARKER(1)}<header>`);
  });

  it('split a paragraph where a page starts mid-sentence, before the word', async () => {
    const article = await articleWith(pagesAt(longArticleDocument(), 'kept a ledger of every delay, though'));
    expect(article).toMatch(new RegExp(`[a-z] ${MARKER(2)}kept a ledger of every delay, though`));
  });

  it('go before a heading the page starts with, so that the heading’s name stays its words', async () => {
    const article = await articleWith(pagesAt(longArticleDocument(), 'Tides and numbers'));
    expect(article).toContain(`${MARKER(2)}<h2 id="tides">Tides and numbers</h2>`);
  });

  it('go before the figure a page opens with', async () => {
    const article = await articleWith(pagesAt(longArticleDocument(), 'The old crane, kept as a landmark.', 1));
    expect(article).toContain(`${MARKER(2)}<figure id="figure-2">`);
  });

  it('stay inside a list item, which is all a list may hold', async () => {
    const article = await articleWith(pagesAt(longArticleDocument(), 'two gangways with step-free access'));
    expect(article).toContain(`<li>${MARKER(2)}two gangways`);
  });

  it('go before a formula rather than into MathML', async () => {
    const article = await articleWith(pagesAt(longArticleDocument(), 'h+1.5, the depth'));
    expect(article).toMatch(new RegExp(`${MARKER(2)}<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>d</mi>`));
  });

  it('refuse page starts out of order', async () => {
    const [first, second] = pagesAt(longArticleDocument(), 'Tides and numbers');
    await expect(buildEpub(longArticleDocument(), { pageStarts: [second!, first!] })).rejects.toMatchObject({ code: 'OPTIONS_INVALID' });
  });
});

describe('placing PDF pages in the article', () => {
  const article = comparableText('Intro words here. Year Ferries 2019 412 2021 388 The end of the table and a list: alpha beta; gamma delta; epsilon zeta.');

  it('skips what print adds at the top of a page: a repeated table header, a list number', () => {
    const { placed, unplaced } = placePages(
      [
        { page: 1, text: 'Intro words here. Year Ferries 2019 412', leadingFigures: 0 },
        { page: 2, text: 'Year Ferries 2021 388 The end of the table and a list: 1. alpha beta;', leadingFigures: 0 },
        { page: 3, text: '2. gamma delta; epsilon zeta.', leadingFigures: 0 },
      ],
      article,
    );
    expect(unplaced).toEqual([]);
    expect(placed.map((start) => article.slice(start.textOffset, start.textOffset + 8))).toEqual(['introwor', '2021388t', 'gammadel']);
  });

  it('puts a page without text where the previous page’s text ends', () => {
    const { placed } = placePages(
      [
        { page: 1, text: 'Intro words here.', leadingFigures: 0 },
        { page: 2, text: '', leadingFigures: 1 },
        { page: 3, text: 'Year Ferries 2019 412 2021 388', leadingFigures: 0 },
      ],
      article,
    );
    expect(placed.map((start) => start.textOffset)).toEqual([0, comparableText('Intro words here.').length, comparableText('Intro words here.').length]);
  });
});
