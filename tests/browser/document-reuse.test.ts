import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InMemorySite } from '../../src/browser/in-memory-site.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { testBrowserPath } from '../support/browser.js';

/** A flat-colour SVG picture: what the page shows is its colour. */
const picture = (colour: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="${colour}"/></svg>`;
const page = (title: string) => `<!DOCTYPE html><html lang="en"><head><title>${title}</title><style>body{margin:0}img{display:block}</style></head><body><img src="images/a.svg" alt="A square" width="40" height="40"></body></html>`;
const site = (title: string, colour: string): InMemorySite =>
  new Map([
    ['index.html', { mediaType: 'text/html; charset=utf-8', body: page(title) }],
    ['images/a.svg', { mediaType: 'image/svg+xml', body: picture(colour) }],
  ]);

let browser: RenderingBrowser;
beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
});
afterAll(async () => browser?.close());

/** The colour of a PNG's top-left pixel, decoded by the page itself (through DevTools: its scripts stay off). */
async function topLeftPixel(page: Page, png: Uint8Array): Promise<number[]> {
  return page.evaluate(async (data: string) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, Buffer.from(png).toString('base64'));
}

/** Opens the site and reports the page's title and the colour of its top-left pixel. */
async function show(shown: InMemorySite): Promise<{ title: string; pixel: number[] }> {
  return browser.withPage({ site: shown, entry: 'index.html', viewport: { width: 40, height: 40 } }, async ({ page, screenshot }) => {
    const pixel = await topLeftPixel(page, await screenshot({ width: 40, height: 40 }));
    return { title: await page.title(), pixel };
  });
}

describe('a page without scripts is written in place when it shows the same entry again', () => {
  it('shows each document with its own files, rewriting in place only when no file changed under the same path', async () => {
    const requests: string[] = [];
    const first = await show(site('First', '#ff0000'));
    expect(first.title).toBe('First');
    expect(first.pixel).toEqual([255, 0, 0]);

    // Same picture, new text: no navigation (the entry is not requested again), the new document is shown.
    const listen = await browser.withPage({ site: site('Second', '#ff0000'), entry: 'index.html', viewport: { width: 40, height: 40 } }, async ({ page }) => {
      page.on('request', (request) => requests.push(request.url()));
      return page.title();
    });
    expect(listen).toBe('Second');
    const third = await show(site('Third', '#ff0000'));
    expect(third.title).toBe('Third');
    expect(requests.filter((url) => url.endsWith('/index.html'))).toEqual([]);

    // A different picture under the same path: a navigation, so the new picture is shown, not the one the document kept.
    const fourth = await show(site('Fourth', '#0000ff'));
    expect(fourth.title).toBe('Fourth');
    expect(fourth.pixel).toEqual([0, 0, 255]);
    expect(requests.some((url) => url.endsWith('/index.html'))).toBe(true);
  });

  it('writes a document in place over a stylesheet that changed under the same path, and shows the new one', async () => {
    const styled = (colour: string): InMemorySite =>
      new Map([
        ['styled.html', { mediaType: 'text/html; charset=utf-8', body: '<!DOCTYPE html><html lang="en"><head><title>Styled</title><link rel="stylesheet" href="style.css"></head><body></body></html>' }],
        ['style.css', { mediaType: 'text/css', body: `html, body { margin: 0; height: 100%; background: ${colour}; }` }],
      ]);
    const requests: string[] = [];
    const open = (colour: string) =>
      browser.withPage({ site: styled(colour), entry: 'styled.html', viewport: { width: 40, height: 40 } }, async ({ page, screenshot }) => {
        page.on('request', (request) => requests.push(request.url()));
        return topLeftPixel(page, await screenshot({ width: 40, height: 40 }));
      });
    expect(await open('#00ff00')).toEqual([0, 255, 0]);
    expect(await open('#ff00ff')).toEqual([255, 0, 255]);
    expect(requests.filter((url) => url.endsWith('/styled.html'))).toEqual([]);
    expect(requests.filter((url) => url.endsWith('/style.css')).length).toBeGreaterThan(0);
  });
});
