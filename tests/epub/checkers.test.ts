import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { buildEpub, type EpubBuildOptions, type EpubResult } from '../../src/epub/index.js';
import type { SemanticDocument } from '../../src/model/document.js';
import { describeViolations, runAceOnBytes } from '../support/ace.js';
import { describeMessages, runEpubcheckOnBytes } from '../support/epubcheck.js';
import { sampleDocument } from '../support/sample-document.js';
import { documentOf, fixturePath, SAMPLE_DIR } from '../support/pipeline.js';
import { longArticleDocument } from './long-article-document.js';
import { buildPagedBook } from './paged-book.js';
import { documentWithUndescribedImage, pngCover, richEnglishDocument } from './variant-documents.js';
import { testBrowserPath } from '../support/browser.js';

const CHECKER_TIMEOUT = 180_000;

let browser: RenderingBrowser | undefined;
afterAll(async () => {
  await browser?.close();
});

/**
 * The EPUB with the page list of the document's A5 PDF and Colophon's own PNG cover
 * (one Chromium for the file, launched when first needed, prints the PDF).
 */
async function withPageList(document: SemanticDocument, options: EpubBuildOptions = {}): Promise<EpubResult> {
  browser ??= await RenderingBrowser.launch({ executablePath: testBrowserPath() });
  const book = await buildPagedBook(browser, document, 'A5', options);
  expect(book.pagination.unplaced).toEqual([]);
  return { bytes: book.epub, documents: [] };
}

const BOOKS: Record<string, () => Promise<EpubResult>> = {
  'the sample document, with its PNG cover drawn by resvg': () => buildEpub(sampleDocument()),
  'an English article with MathML, inline SVG, a decorative image and a supplied cover, claiming conformance': () =>
    buildEpub(richEnglishDocument(), { cover: pngCover(), claimConformance: true, certifiedBy: 'Example Accessibility Testing' }),
  'the sample article with the page list of its PDF and a rendered cover, claiming conformance': async () => withPageList(await documentOf(SAMPLE_DIR), { claimConformance: true, certifiedBy: 'Example Accessibility Testing' }),
  'a long article with notes, a table, MathML and several images, with the page list of its PDF and a rendered cover': () => withPageList(longArticleDocument()),
  'a saved web page with its pictures, with the page list of its PDF': async () => withPageList(await documentOf(fixturePath('web-pages', 'port-bastia', 'port-rouvre.html'))),
};

describe.each(Object.entries(BOOKS))('%s', (_, build) => {
  let epub: EpubResult;
  beforeAll(async () => {
    epub = await build();
  }, 120_000);

  it('passes epubcheck with no error and no warning', { timeout: CHECKER_TIMEOUT }, async () => {
    const result = await runEpubcheckOnBytes(epub.bytes);
    expect(result.errors, describeMessages(result.errors)).toEqual([]);
    expect(result.warnings, describeMessages(result.warnings)).toEqual([]);
  });

  it('passes Ace by DAISY with no violation', { timeout: CHECKER_TIMEOUT }, async () => {
    const result = await runAceOnBytes(epub.bytes);
    expect(result.violations, describeViolations(result.violations)).toEqual([]);
    expect(result.report['a11y-metadata'].missing).not.toContain('schema:accessibilitySummary');
  });
});

describe('the checker runners', () => {
  it('report what they find: Ace flags an image with no alt attribute', { timeout: CHECKER_TIMEOUT }, async () => {
    const { bytes } = await buildEpub(documentWithUndescribedImage());
    const result = await runAceOnBytes(bytes);
    expect(result.violations.map((violation) => violation.rule)).toContain('image-alt');
  });
});
