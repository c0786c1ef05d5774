import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { buildEpub } from '../../src/epub/index.js';
import { sampleDocument } from '../support/sample-document.js';
import { elementsNamed, openEpub } from './epub-reader.js';
import { pngCover, withMetadata } from './variant-documents.js';
import { testBrowserPath } from '../support/browser.js';

let browser: RenderingBrowser;
beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
});
afterAll(async () => {
  await browser?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(bytes);
  expect(view.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

describe('the cover Chromium renders when none is given', () => {
  it('is a 1600 × 2560 PNG marked cover-image, shown on the cover page with its alt text', async () => {
    const epub = await openEpub((await buildEpub(sampleDocument(), { browser })).bytes);
    const item = elementsNamed(epub.packageDocument, 'item').find((element) => element.attribs['id'] === 'cover-image');
    expect(item?.attribs).toMatchObject({ href: 'cover.png', 'media-type': 'image/png', properties: 'cover-image' });
    expect(pngSize(await epub.zip.file('OEBPS/cover.png')!.async('uint8array'))).toEqual({ width: 1600, height: 2560 });
    expect(epub.entryNames).not.toContain('OEBPS/cover.svg');
    expect(await epub.text('OEBPS/cover.xhtml')).toMatch(/<img src="cover.png" alt="Couverture portant le titre «\u00a0L’OTAN et l’UE font le point sur le Kosovo\u00a0», le chapeau [^"]+ et le nom de l’éditeur, Exemple Presse." role="doc-cover"\/>/);
  });

  it('gives the same PNG, and so the same EPUB, for the same document', async () => {
    const first = await buildEpub(sampleDocument(), { browser });
    const second = await buildEpub(sampleDocument(), { browser });
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });

  it('shows the text it is given: another title gives another picture', async () => {
    const cover = async (title: string) => (await openEpub((await buildEpub(withMetadata({ title }), { browser })).bytes)).zip.file('OEBPS/cover.png')!.async('nodebuffer');
    expect((await cover('Un titre')).equals(await cover('Un autre titre'))).toBe(false);
  });

  it('is not made when a cover is given', async () => {
    const epub = await openEpub((await buildEpub(sampleDocument(), { browser, cover: pngCover() })).bytes);
    expect(Buffer.from(await epub.zip.file('OEBPS/cover.png')!.async('uint8array')).equals(Buffer.from(pngCover().bytes))).toBe(true);
  });

  it('falls back to the SVG cover without a browser', async () => {
    const epub = await openEpub((await buildEpub(sampleDocument())).bytes);
    expect(epub.entryNames).toContain('OEBPS/cover.svg');
  });
});
