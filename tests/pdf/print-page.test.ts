import { describe, expect, it } from 'vitest';
import type { SiteFile } from '../../src/browser/in-memory-site.js';
import { parseFragment, serializeFragment } from '../../src/markup/html-tree.js';
import { loadFontFaces } from '../../src/render/fonts.js';
import { cssString, renderPrintPage, runningHead } from '../../src/render/print-page.js';
import { sampleDocument } from '../support/sample-document.js';

/** The print page's HTML with each image's content-addressed path back to the article's own. */
const withArticleImagePaths = (html: string): string => html.replace(/ src="images\/[0-9a-f]{16}\//g, ' src="images/');

function text(file: SiteFile | undefined): string {
  if (file === undefined) throw new Error('missing file');
  return typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
}

describe('renderPrintPage', () => {
  it('serves print.html, print.css, the fonts and the images', async () => {
    const document = sampleDocument();
    const site = await renderPrintPage(document, { pageSize: 'A4' });
    for (const face of await loadFontFaces()) expect(site.get(face.asset.path)?.mediaType).toBe('font/woff2');
    expect(site.get('print.html')?.mediaType).toMatch(/^text\/html/);
    expect(site.get('print.css')?.mediaType).toMatch(/^text\/css/);
    // The image is served at a path named by its bytes, and the page refers to it there.
    const images = [...site.keys()].filter((path) => path.startsWith('images/'));
    expect(images).toEqual([expect.stringMatching(/^images\/[0-9a-f]{16}\/figure-1\.svg$/)]);
    expect(site.get(images[0] ?? '')).toEqual({ mediaType: 'image/svg+xml', body: document.assets[0]?.bytes });
    expect(text(site.get('print.html'))).toContain(` src="${images[0]}"`);
    expect(text(site.get('print.html'))).not.toContain('src="images/figure-1.svg"');
  });

  it('gives two different pictures with the same name two paths, and one picture the same path every time', async () => {
    const pathOf = async (bytes: Uint8Array) => {
      const document = sampleDocument();
      const site = await renderPrintPage({ ...document, assets: document.assets.map((asset) => ({ ...asset, bytes })) }, { pageSize: 'A4' });
      return [...site.keys()].find((path) => path.startsWith('images/'));
    };
    const red = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="red"/></svg>');
    const blue = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="blue"/></svg>');
    expect(await pathOf(red)).toBe(await pathOf(red));
    expect(await pathOf(red)).not.toBe(await pathOf(blue));
  });

  it('wraps the article in a full HTML document in the article’s language', async () => {
    const document = sampleDocument();
    document.metadata.title = 'A <b> & "c"';
    const html = text((await renderPrintPage(document, { pageSize: 'A4', hyphenate: false })).get('print.html'));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).toContain('<title>A &#60;b&#62; &#38; &#34;c&#34;</title>');
    expect(html).toContain('<link rel="stylesheet" href="print.css" />');
    expect(withArticleImagePaths(html)).toContain(`<main>\n${document.articleHtml}\n</main>`);
  });

  it('hyphenates the article’s prose with soft hyphens, unless told not to', async () => {
    const document = sampleDocument();
    const html = text((await renderPrintPage(document, { pageSize: 'A4' })).get('print.html'));
    expect(html).toContain('le se\u00adcré\u00adtaire gé\u00adné\u00adral ad\u00adjoint');
    expect(html).toContain('<h1 id="article-title">L’OTAN et l’UE font le point sur le Kosovo</h1>');
    expect(html).toContain('>https://example.org/articles/otan-ue-kosovo</a>');
    // Nothing else changes (the sample writes no-break spaces as &#160;, the serializer as characters).
    expect(withArticleImagePaths(html).replace(/\u00ad/g, '')).toContain(serializeFragment(parseFragment(document.articleHtml)));
    expect(document.articleHtml).not.toContain('\u00ad');
  });

  it('puts fonts, article and print styles, the page size and the running head into print.css', async () => {
    const css = text((await renderPrintPage(sampleDocument(), { pageSize: 'A5' })).get('print.css'));
    expect(css).toContain('@font-face { font-family: "Source Serif 4"');
    expect(css).toContain('src: url("fonts/source-serif-4-latin-400-normal.woff2")');
    expect(css).toContain('.standfirst');
    expect(css).toContain('@bottom-center');
    expect(css).toContain('@page { size: 148mm 210mm; margin: 8% 12%; }');
    expect(css).toContain('@page { @top-center { content: "L’OTAN et l’UE font le point sur le Kosovo"; } }');
    // The print styles come after the shared ones, so they win.
    expect(css.indexOf('@page :first')).toBeGreaterThan(css.indexOf('.attribution a'));
  });

  it.each([
    ['A4', '210mm 297mm'],
    ['Letter', '8.5in 11in'],
  ] as const)('sizes the page %s', async (pageSize, size) => {
    const css = text((await renderPrintPage(sampleDocument(), { pageSize })).get('print.css'));
    expect(css).toContain(`@page { size: ${size}; margin: 8% 12%; }`);
  });

  it('sizes a custom page in millimetres', async () => {
    const css = text((await renderPrintPage(sampleDocument(), { pageSize: { width: 170, height: 240 } })).get('print.css'));
    expect(css).toContain('@page { size: 170mm 240mm; margin: 8% 12%; }');
  });

  it('prints the bleed size with the margins grown by the bleed, so the text block stays put on the trimmed page', async () => {
    const css = text((await renderPrintPage(sampleDocument(), { pageSize: 'A4', bleed: 3 })).get('print.css'));
    // A4 + 2 × 3 mm = 216 × 303 mm; margins 8 % of 297 mm + 3 mm and 12 % of 210 mm + 3 mm, in points.
    expect(css).toContain('@page { size: 612.283pt 858.898pt; margin: 75.855pt 79.937pt; }');
  });
});

describe('running head text', () => {
  it('escapes quotes, backslashes and controls for CSS', () => {
    expect(cssString('Il a dit "non" \\ rien')).toBe('"Il a dit \\"non\\" \\\\ rien"');
    expect(cssString('a\u0007b\n c')).toBe('"a\\7 b c"');
  });

  it('shortens a very long headline at a word', () => {
    const title = `${'mot '.repeat(40)}fin`;
    const head = runningHead(title, 30);
    expect(head.endsWith('…')).toBe(true);
    expect(Array.from(head).length).toBeLessThanOrEqual(31);
    expect(head).toBe('mot mot mot mot mot mot mot…');
    expect(runningHead('Court')).toBe('Court');
  });
});
