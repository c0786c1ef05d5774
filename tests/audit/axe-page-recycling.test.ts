import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { audit } from '../../src/audit/audit.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { ReusablePage } from '../../src/browser/reusable-page.js';
import { publish } from '../../src/publish/publish.js';
import { testBrowserPath } from '../support/browser.js';

/**
 * An audit page is replaced after `recyclePagesAfter` documents, counting those written into it in place as well as
 * those it navigated to: with documents loaded in place, one use can show a whole EPUB, and counting uses let the
 * audit's renderers grow through a batch far past what the limit was measured for (issue 15: the tree's memory).
 */
describe('audit pages are recycled by documents shown', () => {
  let epub: Uint8Array;
  beforeAll(async () => {
    const result = await publish({ input: 'content/kfor-otan-ue', formats: ['epub'], audit: false, write: false });
    epub = result.outputs.epub!.bytes;
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('opens a fresh page every two documents with recyclePagesAfter 2, and finds what a page per document finds', async () => {
    const opened = vi.spyOn(ReusablePage, 'open');
    const worn = await RenderingBrowser.launch({ executablePath: testBrowserPath(), pages: 1, recyclePagesAfter: 2 });
    const plain = await RenderingBrowser.launch({ executablePath: testBrowserPath(), pages: 1 });
    try {
      const recycled = await audit([{ file: 'sample.epub', kind: 'epub', bytes: epub }], { browser: worn, axePages: 1 });
      const scriptPages = opened.mock.calls.filter(([, scripts]) => scripts).length;
      // The sample's EPUB has five XHTML documents or more (cover, title page, article, colophon, navigation): in one use on
      // one page before; on three pages or more when a page takes two documents.
      const documents = Object.keys((await JSZip.loadAsync(epub)).files).filter((name) => name.endsWith('.xhtml')).length;
      expect(documents).toBeGreaterThanOrEqual(5);
      expect(scriptPages).toBeGreaterThanOrEqual(3);
      const alone = await audit([{ file: 'sample.epub', kind: 'epub', bytes: epub }], { browser: plain, reuseAxeResults: false });
      expect(recycled.findings).toEqual(alone.findings);
    } finally {
      await worn.close();
      await plain.close();
    }
  }, 120_000);
});
