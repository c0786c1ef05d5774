import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InMemorySite } from '../../src/browser/in-memory-site.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { testBrowserPath } from '../support/browser.js';

const html = '<!DOCTYPE html><html lang="en"><head><title>HTML</title><script>window.pageRan = "inline"</script></head><body onload="window.pageRan = \'handler\'"><p>Text</p></body></html>';
const xhtml =
  '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>XHTML</title><script>window.pageRan = "inline"</script></head><body><p>Text</p></body></html>';
const site: InMemorySite = new Map([
  ['page.html', { mediaType: 'text/html; charset=utf-8', body: html }],
  ['page.xhtml', { mediaType: 'application/xhtml+xml', body: xhtml }],
]);

let browser: RenderingBrowser;
beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
});
afterAll(async () => browser?.close());

/** Which of the two preloads ran in the document, and whether any script of the page itself did. */
function globalsOf(entry: string, preload: string | undefined) {
  return browser.withPage({ site, entry, scripts: 'devtools-only', ...(preload === undefined ? {} : { preload }) }, ({ page }) =>
    page.evaluate(() => {
      const globals = window as unknown as Record<string, unknown>;
      return { first: globals['firstPreload'] ?? null, second: globals['secondPreload'] ?? null, page: globals['pageRan'] ?? null };
    }),
  );
}

describe('a script preloaded through DevTools', () => {
  it('runs in every document the page shows, HTML and XHTML, while the page’s own scripts stay blocked', async () => {
    expect(await globalsOf('page.html', 'window.firstPreload = true')).toEqual({ first: true, second: null, page: null });
    expect(await globalsOf('page.xhtml', 'window.firstPreload = true')).toEqual({ first: true, second: null, page: null });
  });

  it('is replaced when another is asked for, and removed when none is', async () => {
    expect(await globalsOf('page.html', 'window.secondPreload = true')).toEqual({ first: null, second: true, page: null });
    expect(await globalsOf('page.xhtml', undefined)).toEqual({ first: null, second: null, page: null });
  });
});
