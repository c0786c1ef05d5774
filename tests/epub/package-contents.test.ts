import { beforeAll, describe, expect, it } from 'vitest';
import { buildEpub, type EpubResult } from '../../src/epub/index.js';
import { loadFontFaces } from '../../src/render/fonts.js';
import { sampleDocument } from '../support/sample-document.js';
import { elementsNamed, type OpenedEpub, openEpub, parseXml } from './epub-reader.js';
import { pngCover, richEnglishDocument } from './variant-documents.js';

let result: EpubResult;
let epub: OpenedEpub;
beforeAll(async () => {
  result = await buildEpub(sampleDocument());
  epub = await openEpub(result.bytes);
});

function manifestItem(id: string) {
  return elementsNamed(epub.packageDocument, 'item').find((item) => item.attribs['id'] === id)?.attribs;
}

describe('package', () => {
  it('reads cover, title page, contents, article and colophon in that order, as `documents` says', async () => {
    const items = elementsNamed(epub.packageDocument, 'item');
    const spine = elementsNamed(epub.packageDocument, 'itemref').map((ref) => items.find((item) => item.attribs['id'] === ref.attribs['idref'])?.attribs['href']);
    expect(spine.map((href) => `OEBPS/${href}`)).toEqual(result.documents);
    expect(result.documents).toEqual(['OEBPS/cover.xhtml', 'OEBPS/title-page.xhtml', 'OEBPS/toc.xhtml', 'OEBPS/article.xhtml', 'OEBPS/colophon.xhtml']);
  });

  it('marks the navigation document and the cover image', () => {
    expect(manifestItem('nav')).toMatchObject({ href: 'toc.xhtml', properties: 'nav' });
    expect(manifestItem('cover-image')).toMatchObject({ href: 'cover.png', 'media-type': 'image/png', properties: 'cover-image' });
  });

  it('writes the Dublin Core metadata, escaped', async () => {
    const { bytes } = await buildEpub(richEnglishDocument());
    const opf = await (await openEpub(bytes)).text('OEBPS/content.opf');
    expect(opf).toContain('<dc:title>Shapes &amp; numbers</dc:title>');
    const sample = await epub.text('OEBPS/content.opf');
    for (const line of [
      '<dc:identifier id="publication-id">urn:colophon:test:sample</dc:identifier>',
      '<dc:creator id="creator-1">Rédaction</dc:creator>',
      '<dc:publisher>Exemple Presse</dc:publisher>',
      '<dc:date>2023-06-15</dc:date>',
      '<dc:source>https://example.org/articles/otan-ue-kosovo</dc:source>',
      '<dc:subject>Kosovo</dc:subject>',
      '<dc:rights>CC BY 4.0 — https://creativecommons.org/licenses/by/4.0/</dc:rights>',
    ]) {
      expect(sample).toContain(line);
    }
  });

  it('embeds the four font faces and their licence', async () => {
    const faces = await loadFontFaces();
    for (const face of faces) {
      expect(epub.entryNames).toContain(`OEBPS/${face.asset.path}`);
      expect(elementsNamed(epub.packageDocument, 'item').some((item) => item.attribs['href'] === face.asset.path && item.attribs['media-type'] === 'font/woff2')).toBe(true);
    }
    expect(manifestItem('font-license')).toMatchObject({ href: 'fonts/OFL.txt', 'media-type': 'text/plain' });
    expect(await epub.text('OEBPS/fonts/OFL.txt')).toContain('SIL OPEN FONT LICENSE');
    expect((await epub.text('OEBPS/style.css')).match(/@font-face/g)).toHaveLength(4);
  });
});

describe('article', () => {
  it('keeps the article exactly as composed: attributes epub-gen-memory would strip, image names, alt text', async () => {
    const article = await epub.text('OEBPS/article.xhtml');
    expect(article).toContain('<body epub:type="bodymatter">');
    expect(article).toContain('<time datetime="2023-06-15">');
    expect(article).toContain('<img src="images/figure-1.svg" alt="Illustration de remplacement : un rectangle gris-bleu portant le mot Photo." width="1200" height="675"/>');
    expect(article).toContain('aria-labelledby="article-title"');
    expect(article).not.toContain('image-placeholder');
  });

  it('writes image bytes from memory, unchanged', async () => {
    const stored = await epub.zip.file('OEBPS/images/figure-1.svg')!.async('uint8array');
    expect(Buffer.from(stored).equals(Buffer.from(sampleDocument().assets[0]!.bytes))).toBe(true);
    expect(elementsNamed(epub.packageDocument, 'item').filter((item) => item.attribs['href']?.startsWith('images/'))).toHaveLength(1);
  });

  it('refuses an article that points at an image it does not hold', async () => {
    await expect(buildEpub(sampleDocument({ assets: [] }))).rejects.toMatchObject({ code: 'EPUB_FAILED' });
  });

  it('declares inline SVG and MathML in the manifest', async () => {
    const rich = await openEpub((await buildEpub(richEnglishDocument())).bytes);
    const article = elementsNamed(rich.packageDocument, 'item').find((item) => item.attribs['id'] === 'article');
    expect(article?.attribs['properties']).toBe('mathml svg');
  });
});

describe('navigation', () => {
  it('lists the article and its h2 sections in a doc-toc nav', async () => {
    const nav = parseXml(await epub.text('OEBPS/toc.xhtml'));
    const toc = elementsNamed(nav, 'nav').find((element) => element.attribs['epub:type'] === 'toc')!;
    expect(toc.attribs['role']).toBe('doc-toc');
    expect(elementsNamed(toc, 'a').map((link) => link.attribs['href'])).toEqual([
      'article.xhtml',
      'article.xhtml#section-1',
      'article.xhtml#attribution-title',
      'colophon.xhtml',
    ]);
  });

  it('gives hidden landmarks for cover, contents, body matter and back matter', async () => {
    const nav = parseXml(await epub.text('OEBPS/toc.xhtml'));
    const landmarks = elementsNamed(nav, 'nav').find((element) => element.attribs['epub:type'] === 'landmarks')!;
    expect(landmarks.attribs['hidden']).toBeDefined();
    expect(elementsNamed(landmarks, 'a').map((link) => [link.attribs['epub:type'], link.attribs['href']])).toEqual([
      ['cover', 'cover.xhtml'],
      ['toc', 'toc.xhtml#toc'],
      ['bodymatter', 'article.xhtml'],
      ['backmatter', 'colophon.xhtml'],
    ]);
  });

  it('gives EPUB 2 reading systems the same entries in the NCX, under the same identifier', async () => {
    const ncx = parseXml(await epub.text('OEBPS/toc.ncx'));
    expect(elementsNamed(ncx, 'meta').find((meta) => meta.attribs['name'] === 'dtb:uid')?.attribs['content']).toBe('urn:colophon:test:sample');
    expect(elementsNamed(ncx, 'content').map((content) => content.attribs['src'])).toEqual([
      'article.xhtml',
      'article.xhtml#section-1',
      'article.xhtml#attribution-title',
      'colophon.xhtml',
    ]);
  });
});

describe('cover and colophon', () => {
  it('makes a PNG cover when none is given, described by its alt text (the picture itself: tests/epub/cover.test.ts)', async () => {
    expect(epub.entryNames).toContain('OEBPS/cover.png');
    expect(epub.entryNames).not.toContain('OEBPS/cover.svg');
    expect(await epub.text('OEBPS/cover.xhtml')).toMatch(/<img src="cover.png" alt="Couverture portant le titre[^"]+" role="doc-cover"\/>/);
  });

  it('uses the cover given, with its alt text', async () => {
    const cover = pngCover();
    const withCover = await openEpub((await buildEpub(sampleDocument(), { cover })).bytes);
    expect(await withCover.text('OEBPS/cover.xhtml')).toContain('<img src="cover.png" alt="A single grey dot on white." role="doc-cover"/>');
    expect(Buffer.from(await withCover.zip.file('OEBPS/cover.png')!.async('uint8array')).equals(Buffer.from(cover.bytes))).toBe(true);
    expect(withCover.entryNames).not.toContain('OEBPS/cover.svg');
  });

  it('refuses a cover without alt text', async () => {
    await expect(buildEpub(sampleDocument(), { cover: { ...pngCover(), alt: ' ' } })).rejects.toMatchObject({ code: 'OPTIONS_INVALID' });
  });

  it('attributes the source in full in the back matter', async () => {
    const colophon = await epub.text('OEBPS/colophon.xhtml');
    expect(colophon).toContain('<body epub:type="backmatter">');
    expect(colophon).toContain('epub:type="colophon" role="doc-colophon"');
    expect(colophon).toContain('<a href="https://example.org/articles/otan-ue-kosovo">https://example.org/articles/otan-ue-kosovo</a>');
    expect(colophon).toContain('<a href="article.xhtml#figure-1">Figure 1</a>\u00a0: OTAN');
  });
});
