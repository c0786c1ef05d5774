import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import wawoff2 from 'wawoff2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { COVER_FONT_DIR, COVER_FONT_FILES } from '../../src/epub/cover-fonts.js';
import { buildEpub, renderOwnCover } from '../../src/epub/index.js';
import type { ArticleMetadata } from '../../src/model/metadata.js';
import { publish } from '../../src/publish/publish.js';
import { testBrowserPath } from '../support/browser.js';
import { SAMPLE_DIR } from '../support/pipeline.js';
import { sampleDocument } from '../support/sample-document.js';
import { chromiumCover } from './chromium-cover-reference.js';
import { coverInk, type InkBox } from './cover-ink.js';
import { elementsNamed, openEpub } from './epub-reader.js';
import { pngCover, withMetadata } from './variant-documents.js';

const coverOf = async (metadata: Partial<ArticleMetadata> = {}) => (await renderOwnCover(withMetadata(metadata))).bytes;

describe('Colophon’s own cover, drawn by resvg when none is given', () => {
  it('is a 1600 × 2560 PNG marked cover-image, shown on the cover page with the same alt text as before', async () => {
    const epub = await openEpub((await buildEpub(sampleDocument())).bytes);
    const item = elementsNamed(epub.packageDocument, 'item').find((element) => element.attribs['id'] === 'cover-image');
    expect(item?.attribs).toMatchObject({ href: 'cover.png', 'media-type': 'image/png', properties: 'cover-image' });
    const ink = coverInk(await epub.zip.file('OEBPS/cover.png')!.async('uint8array'));
    expect([ink.width, ink.height]).toEqual([1600, 2560]);
    expect(epub.entryNames).not.toContain('OEBPS/cover.svg');
    // The alt text Chromium's cover had (issue 15: unchanged).
    expect(await epub.text('OEBPS/cover.xhtml')).toContain(
      '<img src="cover.png" alt="Couverture portant le titre «\u00a0L’OTAN et l’UE font le point sur le Kosovo\u00a0», le chapeau «\u00a0Depuis plus de deux décennies, l’OTAN dirige la mission de maintien de la paix au Kosovo.\u00a0» et le nom de l’éditeur, Exemple Presse." role="doc-cover"/>',
    );
  });

  it('gives the same PNG bytes, and so the same EPUB, for the same document', async () => {
    const [first, second] = [await buildEpub(sampleDocument()), await buildEpub(sampleDocument())];
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    expect(Buffer.from(await coverOf()).equals(Buffer.from(await coverOf()))).toBe(true);
  });

  // Fails when resvg is given no font file (`fontFiles: []` in ownCover): it then draws no text at all, only the accents.
  it('draws the text as glyphs: ink in the title’s lines, and another title gives other ink', async () => {
    const one = coverInk(await coverOf({ title: 'Un titre' }));
    const other = coverInk(await coverOf({ title: 'Un autre titre bien plus long' }));
    const titleLine = (ink: typeof one) => ink.textLines.find((line) => line.top > 392 && line.bottom < 600);
    expect(titleLine(one)).toBeDefined();
    expect(titleLine(other)!.right - titleLine(other)!.left).toBeGreaterThan(titleLine(one)!.right - titleLine(one)!.left + 300);
    expect(Buffer.from(await coverOf({ title: 'Un titre' })).equals(Buffer.from(await coverOf({ title: 'Un autre titre' })))).toBe(false);
  });

  it('is not made when a cover is given', async () => {
    const epub = await openEpub((await buildEpub(sampleDocument(), { cover: pngCover() })).bytes);
    expect(Buffer.from(await epub.zip.file('OEBPS/cover.png')!.async('uint8array')).equals(Buffer.from(pngCover().bytes))).toBe(true);
  });

  // Fails if publish launches a browser for an EPUB (e.g. `|| formats.includes('epub')` in its needsBrowser): the browser named here does not exist.
  it('needs no browser: an EPUB-only build without the audit launches none', async () => {
    const result = await publish({ input: SAMPLE_DIR, formats: ['epub'], audit: false, write: false, browser: { executablePath: '/nonexistent/chromium' } });
    const epub = await openEpub(result.outputs.epub!.bytes);
    expect(coverInk(await epub.zip.file('OEBPS/cover.png')!.async('uint8array')).textLines.length).toBeGreaterThan(3);
  });
});

describe('the font files resvg reads', () => {
  it('are the WOFF2 faces every edition embeds, decompressed (scripts/make-cover-fonts.mjs), and all of them', async () => {
    const fontsource = join(dirname(createRequire(import.meta.url).resolve('@fontsource/source-serif-4/LICENSE')), 'files');
    expect(readdirSync(COVER_FONT_DIR).filter((name) => name.endsWith('.ttf')).sort()).toEqual(COVER_FONT_FILES.map((file) => file.slice(COVER_FONT_DIR.length + 1)).sort());
    for (const file of COVER_FONT_FILES) {
      const woff2 = readFileSync(join(fontsource, file.slice(COVER_FONT_DIR.length + 1).replace(/\.ttf$/, '.woff2')));
      expect(Buffer.from(await wawoff2.decompress(woff2)).equals(readFileSync(file)), file).toBe(true);
    }
    expect(readFileSync(join(COVER_FONT_DIR, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE');
  });
});

describe('the layout, against the cover Chromium drew before (tests/epub/chromium-cover-reference.ts)', () => {
  let browser: RenderingBrowser;
  beforeAll(async () => {
    browser = await RenderingBrowser.launch({ executablePath: testBrowserPath() });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const LONG = 'Depuis plus de deux décennies, l’OTAN dirige la mission de maintien de la paix au Kosovo. ';
  const CASES: Record<string, Partial<ArticleMetadata>> = {
    'the sample': {},
    'a title of five lines, a standfirst cut short with an ellipsis, an accented publisher': {
      title: 'Une très longue manchette sur plusieurs lignes, qui parle de la mission de maintien de la paix au Kosovo et des tensions récentes dans le nord du pays',
      description: LONG.repeat(6),
      publisher: { name: 'Éditions Exemple' },
    },
    'a short title alone': { title: 'Kosovo', description: undefined, publisher: undefined },
  };

  /** Every line of text and accent block where Chromium put it, to 3 px (anti-aliasing and sub-pixel placement differ). */
  const near = (mine: InkBox[], reference: InkBox[]) => {
    expect(mine.length).toBe(reference.length);
    mine.forEach((box, index) => {
      const expected = reference[index] as InkBox;
      for (const edge of ['top', 'bottom', 'left', 'right'] as const) expect(Math.abs(box[edge] - expected[edge]), `line ${index + 1} ${edge}`).toBeLessThanOrEqual(3);
    });
  };

  // Fails when a measure of the layout changes in cover-svg.ts, e.g. the title's line height 1.18 → 1.2 or the standfirst's room.
  it.each(Object.entries(CASES))('%s: the same lines of text, the same band and rule, in the same places', { timeout: 60_000 }, async (_, metadata) => {
    const document = withMetadata(metadata);
    const mine = coverInk((await renderOwnCover(document)).bytes);
    const { title, description, publisher } = document.metadata;
    const reference = coverInk(await chromiumCover({ title, ...(description && { description }), ...(publisher && { publisher: publisher.name }) }, 'fr', browser));
    expect(mine.textLines.length).toBeGreaterThan(0);
    near(mine.textLines, reference.textLines);
    near(mine.accentBlocks, reference.accentBlocks);
  });
});
