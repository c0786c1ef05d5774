import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { buildEpub } from '../../src/epub/index.js';
import type { SemanticDocument } from '../../src/model/document.js';
import type { PageStart } from '../../src/pagination/index.js';
import { PdfScratch } from '../support/poppler.js';
import { documentOf, SAMPLE_DIR } from '../support/pipeline.js';
import { sampleDocument } from '../support/sample-document.js';
import { dublinCore, elementsNamed, metaValues, openEpub, parseXml } from './epub-reader.js';
import { longArticleDocument } from './long-article-document.js';
import { buildPagedBook, type PagedBook } from './paged-book.js';
import { pageListMismatches } from './page-list-check.js';
import { testBrowserPath } from '../support/browser.js';

let browser: RenderingBrowser;
let scratch: PdfScratch;
const books = new Map<string, { document: SemanticDocument; book: PagedBook; pdfPath: string }>();

beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
  scratch = await PdfScratch.create();
  const documents: Array<[string, SemanticDocument]> = [
    ['the sample document', sampleDocument()],
    ['the sample article', await documentOf(SAMPLE_DIR)],
    ['a long article with figures, a table, MathML and notes', longArticleDocument()],
  ];
  for (const [name, document] of documents) {
    const book = await buildPagedBook(browser, document, 'A5');
    books.set(name, { document, book, pdfPath: await scratch.write(`${document.metadata.slug}.pdf`, book.pdf) });
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await scratch?.remove();
});

function paged(name: string) {
  const found = books.get(name);
  if (!found) throw new Error(`${name} was not built`);
  return found;
}

describe.each(['the sample document', 'the sample article', 'a long article with figures, a table, MathML and notes'])('%s printed on A5', (name) => {
  it('has a page-break marker where each PDF page starts: pdftotext’s first words of the page follow it', async () => {
    const { document, book, pdfPath } = paged(name);
    expect(book.pagination.unplaced).toEqual([]);
    expect(book.pagination.pageStarts.length).toBeGreaterThan(1);
    expect(await pageListMismatches({ epubBytes: book.epub, pdfPath, runningHead: document.metadata.title })).toEqual([]);
  });
});

describe('the page list', () => {
  it('is caught out of step when every page start is moved a few words on', async () => {
    const { document, book, pdfPath } = paged('a long article with figures, a table, MathML and notes');
    const moved = book.pagination.pageStarts.map((start) => (start.page === 1 ? start : { ...start, textOffset: start.textOffset + 30, leadingFigures: 0 }));
    const problems = await pageListMismatches({ epubBytes: (await buildEpub(document, { pageStarts: moved })).bytes, pdfPath, runningHead: document.metadata.title });
    expect(problems).toHaveLength(book.pagination.pageCount - 1);
  });

  it('is caught out of step when the pages are shifted by one', async () => {
    const { document, book, pdfPath } = paged('a long article with figures, a table, MathML and notes');
    const starts = book.pagination.pageStarts;
    const shifted: PageStart[] = starts.slice(0, -1).map((start, index) => ({ ...starts[index + 1]!, page: start.page, label: start.label }));
    const problems = await pageListMismatches({ epubBytes: (await buildEpub(document, { pageStarts: shifted })).bytes, pdfPath, runningHead: document.metadata.title });
    expect(problems.length).toBeGreaterThanOrEqual(starts.length - 1);
  });

  it('is hidden, labels each entry with its page number and links a doc-pagebreak marker', async () => {
    const epub = await openEpub(paged('the sample article').book.epub);
    const nav = parseXml(await epub.text('OEBPS/toc.xhtml'));
    const pageList = elementsNamed(nav, 'nav').find((element) => element.attribs['epub:type'] === 'page-list')!;
    expect(pageList.attribs['hidden']).toBeDefined();
    expect(pageList.attribs['role']).toBe('doc-pagelist');
    const links = elementsNamed(pageList, 'a').map((link) => link.attribs['href']);
    expect(links).toEqual(['article.xhtml#page-1', 'article.xhtml#page-2', 'article.xhtml#page-3']);
    const article = await epub.text('OEBPS/article.xhtml');
    expect(article).toContain('<span epub:type="pagebreak" role="doc-pagebreak" id="page-2" title="2"></span>');
  });

  it('names the print edition as the source of the pagination, and declares page navigation', async () => {
    const { book, document } = paged('the sample article');
    const epub = await openEpub(book.epub);
    expect(dublinCore(epub.packageDocument, 'source')).toEqual([document.metadata.sourceUrl, `${document.metadata.identifier}:print`].filter(Boolean));
    const refinement = elementsNamed(epub.packageDocument, 'meta').find((meta) => meta.attribs['property'] === 'source-of');
    expect(refinement?.attribs['refines']).toBe('#pagination-source');
    expect(metaValues(epub.packageDocument, 'source-of')).toEqual(['pagination']);
    expect(metaValues(epub.packageDocument, 'schema:accessibilityFeature')).toEqual(expect.arrayContaining(['pageNavigation', 'pageBreakMarkers']));
    expect(metaValues(epub.packageDocument, 'schema:accessibilitySummary')[0]).toContain('édition imprimée (PDF, 3\u00a0pages)');
  });

  it('is absent, with its metadata, when the EPUB is built without page starts', async () => {
    const epub = await openEpub((await buildEpub(sampleDocument())).bytes);
    expect(await epub.text('OEBPS/toc.xhtml')).not.toContain('page-list');
    expect(await epub.text('OEBPS/article.xhtml')).not.toContain('pagebreak');
    expect(metaValues(epub.packageDocument, 'schema:accessibilityFeature')).not.toContain('pageNavigation');
    expect(metaValues(epub.packageDocument, 'schema:accessibilityFeature')).not.toContain('pageBreakMarkers');
    expect(metaValues(epub.packageDocument, 'source-of')).toEqual([]);
  });

  it('finds pages a PDF of another document does not share with this one', async () => {
    const { paginationOf } = await import('../../src/pagination/index.js');
    const pagination = await paginationOf(paged('the sample article').book.pdf, longArticleDocument());
    expect(pagination.unplaced.map((page) => page.page)).toEqual([2, 3]);
  });
});
