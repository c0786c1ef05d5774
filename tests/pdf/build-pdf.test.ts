import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { ColophonError, isColophonError } from '../../src/errors.js';
import type { SemanticDocument } from '../../src/model/document.js';
import { buildPdf, PAGE_DIMENSIONS, type NamedPageSize } from '../../src/pdf/index.js';
import { printToPdf } from '../../src/pdf/print-to-pdf.js';
import { PRINT_PAGE_PATH, renderPrintPage } from '../../src/render/print-page.js';
import {
  PdfScratch,
  pdffonts,
  pdfinfo,
  pdfinfoMetadata,
  pdfinfoStructure,
  pdftotext,
  qpdfCheck,
} from '../support/poppler.js';
import { sampleDocument } from '../support/sample-document.js';
import { testBrowserPath } from '../support/browser.js';

const CHROMIUM = testBrowserPath();
const SOURCE_URL = 'https://example.org/articles/otan-ue-kosovo';

let browser: RenderingBrowser;
let scratch: PdfScratch;
/** The sample document printed on A4 with the default options: most tests read this one. */
let sample: { bytes: Uint8Array; file: string };

beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: CHROMIUM });
  scratch = await PdfScratch.create();
  const bytes = await buildPdf(sampleDocument(), { browser });
  sample = { bytes, file: await scratch.write('sample-a4.pdf', bytes) };
});

afterAll(async () => {
  await browser?.close();
  await scratch?.remove();
});

/** The sample article with enough paragraphs for several pages. */
function longDocument(paragraphs = 40): SemanticDocument {
  const document = sampleDocument();
  const paragraph =
    '<p>Le 14&#160;juin, le secrétaire général adjoint a rencontré l’ambassadeur. Les tensions se sont accrues ' +
    'ces derniers mois dans le nord du pays, où la mission de maintien de la paix reste déployée depuis 1999.</p>';
  return { ...document, articleHtml: document.articleHtml.replace('<h2 id="section-1">', `${paragraph.repeat(paragraphs)}<h2 id="section-1">`) };
}

/** Figures between short runs of paragraphs, so that some of them fall on a page break: image text `Image n`, caption `Légende n`. */
function documentWithManyFigures(count = 12): SemanticDocument {
  const document = sampleDocument();
  const paragraph = '<p>Les tensions se sont accrues ces derniers mois dans le nord du pays, où la mission de maintien de la paix reste déployée depuis 1999, et les discussions se poursuivent.</p>';
  const assets = [];
  let body = '';
  for (let n = 1; n <= count; n += 1) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="${500 + (n % 3) * 150}"><rect width="100%" height="100%" fill="#dfe6ee"/><text x="600" y="200" font-size="60" text-anchor="middle">Image ${n}</text></svg>`;
    assets.push({ path: `images/figure-${n}.svg`, mediaType: 'image/svg+xml', bytes: new TextEncoder().encode(svg) });
    body +=
      paragraph.repeat(1 + (n % 4)) +
      `<figure id="figure-${n}"><img src="images/figure-${n}.svg" alt="Figure ${n}" width="1200" height="${500 + (n % 3) * 150}" />` +
      `<figcaption>Légende ${n}, assez longue pour tenir sur deux lignes dans une page au format A5 et vérifier qu’elle ne se sépare pas de son image.</figcaption></figure>`;
  }
  return { ...document, assets, articleHtml: document.articleHtml.replace(/<figure.*<\/figure>/, body) };
}

async function catalogOf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

function pageSizeOf(info: Record<string, string>): { width: number; height: number } {
  const match = /^([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '');
  if (!match) throw new Error(`No page size in ${JSON.stringify(info)}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

describe('buildPdf: document information (pdfinfo)', () => {
  it('is tagged, titled, dated from the metadata and exactly A4', async () => {
    const info = await pdfinfo(sample.file);
    expect(info).toMatchObject({
      Tagged: 'yes',
      Title: 'L’OTAN et l’UE font le point sur le Kosovo',
      Author: 'Rédaction',
      Subject: 'Depuis plus de deux décennies, l’OTAN dirige la mission de maintien de la paix au Kosovo.',
      Keywords: 'Kosovo',
      Creator: 'Colophon',
      'Metadata Stream': 'yes',
      'PDF version': '1.7',
      'Page size': '595.28 x 841.89 pts (A4)',
    });
    expect(info.Producer).toMatch(/^Skia\/PDF/);
    // published 2023-06-15, never the time of the build.
    expect(info.CreationDate).toMatch(/Jun 15 00:00:00 2023/);
    expect(info.ModDate).toMatch(/Jun 15 00:00:00 2023/);
  });

  it.each<[NamedPageSize, string]>([
    ['A5', '419.53 x 595.28'],
    ['Letter', '612 x 792'],
  ])('prints on %s when asked', async (pageSize, expected) => {
    const file = await scratch.write(`sample-${pageSize}.pdf`, await buildPdf(sampleDocument(), { browser, pageSize }));
    const info = await pdfinfo(file);
    expect(info['Page size']).toContain(`${expected} pts`);
    const size = pageSizeOf(info);
    expect(size.width).toBeCloseTo(PAGE_DIMENSIONS[pageSize].width, 1);
    expect(size.height).toBeCloseTo(PAGE_DIMENSIONS[pageSize].height, 1);
  });

  it('uses the producer it is given, in the Info dictionary and in XMP', async () => {
    const bytes = await buildPdf(sampleDocument(), { browser, producer: 'Colophon 0.1.0 (test)' });
    const file = await scratch.write('producer.pdf', bytes);
    expect((await pdfinfo(file)).Producer).toBe('Colophon 0.1.0 (test)');
    expect(await pdfinfoMetadata(file)).toContain('<pdf:Producer>Colophon 0.1.0 (test)</pdf:Producer>');
  });

  it('is reproducible: the same document gives the same bytes', async () => {
    const again = await buildPdf(sampleDocument(), { browser });
    expect(Buffer.from(again).equals(Buffer.from(sample.bytes))).toBe(true);
  });
});

describe('buildPdf: structure, fonts and text', () => {
  it('has a structure tree with the article’s headings, paragraphs, figure, caption and links', async () => {
    const structure = await pdfinfoStructure(sample.file);
    for (const role of ['Document', 'H1', 'H2', 'P', 'Figure', 'Caption', 'Link']) {
      expect(structure).toMatch(new RegExp(`^\\s*${role}\\b`, 'm'));
    }
  });

  it('keeps Chromium’s structure tree through post-processing, but for the figure’s grouping element', async () => {
    const site = await renderPrintPage(sampleDocument(), { pageSize: 'A4' });
    const raw = await scratch.write('raw.pdf', await printToPdf(browser, site, PRINT_PAGE_PATH));
    // The Alt-less Figure around the image's Figure and its Caption becomes a Div (see figure-grouping.ts).
    expect(await pdfinfoStructure(sample.file)).toBe((await pdfinfoStructure(raw)).replace(/^(\s*)Figure\n(\s+Figure)/m, '$1Div\n$2'));
    const finished = await catalogOf(sample.bytes);
    const root = finished.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    expect(root.get(PDFName.of('Type'))).toBe(PDFName.of('StructTreeRoot'));
    expect(root.get(PDFName.of('ParentTree'))).toBeDefined();
    expect(root.get(PDFName.of('K'))).toBeDefined();
  });

  it('embeds and subsets every font, the body font among them', async () => {
    const fonts = await pdffonts(sample.file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    const names = fonts.map((font) => font.name);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/\+SourceSerif4-Regular$/), expect.stringMatching(/\+SourceSerif4-Bold$/)]));
  });

  it('holds the caption, the credit, the source URL in full and the page number', async () => {
    const text = await pdftotext(sample.file);
    expect(text).toContain('Deux responsables se rencontrent le 14 juin.');
    expect(text).toMatch(/Source\s*:\s*OTAN/);
    expect(text).toContain(SOURCE_URL);
    expect(text).toContain('1 / 1');
  });
});

describe('buildPdf: accessibility metadata', () => {
  it('has an XMP stream claiming PDF/UA-1 with Dublin Core title, creator and language', async () => {
    const xmp = await pdfinfoMetadata(sample.file);
    expect(xmp).toContain('pdfuaid:part>1<');
    expect(xmp).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">L’OTAN et l’UE font le point sur le Kosovo</rdf:li>');
    expect(xmp).toContain('<rdf:li xml:lang="fr">L’OTAN et l’UE font le point sur le Kosovo</rdf:li>');
    expect(xmp).toMatch(/<dc:creator><rdf:Seq><rdf:li>Rédaction<\/rdf:li><\/rdf:Seq><\/dc:creator>/);
    expect(xmp).toMatch(/<dc:language><rdf:Bag><rdf:li>fr<\/rdf:li><\/rdf:Bag><\/dc:language>/);
    expect(xmp).toContain('<xmp:CreateDate>2023-06-15T00:00:00Z</xmp:CreateDate>');
    expect(xmp).toContain('<xmp:CreatorTool>Colophon</xmp:CreatorTool>');
  });

  it('sets /Lang, DisplayDocTitle and MarkInfo in the catalog, and leaves the XMP stream uncompressed', async () => {
    const { catalog } = await catalogOf(sample.bytes);
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('fr');
    const preferences = catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(preferences.get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    const markInfo = catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.get(PDFName.of('Marked'))?.toString()).toBe('true');
    const metadata = catalog.lookup(PDFName.of('Metadata'));
    if (!(metadata instanceof PDFRawStream)) throw new Error('no plain /Metadata stream');
    expect(metadata.dict.get(PDFName.of('Type'))).toBe(PDFName.of('Metadata'));
    expect(metadata.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('XML'));
    expect(metadata.dict.get(PDFName.of('Filter'))).toBeUndefined();
    expect(new TextDecoder().decode(metadata.getContents())).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('passes qpdf --check with no warnings', async () => {
    const check = await qpdfCheck(sample.file);
    expect(check.exitCode, check.stdout + check.stderr).toBe(0);
    expect(check.stderr).toBe('');
    expect(check.stdout).not.toMatch(/warning/i);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
  });
});

describe('buildPdf: a document of several pages', () => {
  let file: string;
  let pages: number;

  beforeAll(async () => {
    file = await scratch.write('long.pdf', await buildPdf(longDocument(), { browser }));
    pages = Number((await pdfinfo(file)).Pages);
  });

  it('runs over several pages, numbered "n / N"', async () => {
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pages; page += 1) {
      expect(await pdftotext(file, { firstPage: page, lastPage: page })).toContain(`${page} / ${pages}`);
    }
  });

  it('has no running head on the first page and the title as running head on the others', async () => {
    const { width } = PAGE_DIMENSIONS.A4;
    // The top margin (8 % of the page height): the running head's place, above the text.
    const topMargin = { x: 0, y: 0, width, height: 60 };
    expect((await pdftotext(file, { firstPage: 1, lastPage: 1, crop: topMargin })).trim()).toBe('');
    for (const page of [2, pages]) {
      const head = await pdftotext(file, { firstPage: page, lastPage: page, crop: topMargin });
      expect(head.trim()).toBe('L’OTAN et l’UE font le point sur le Kosovo');
    }
  });

  it('sets the text in the embedded body font only, not a fallback (fonts had loaded before printing)', async () => {
    // Page 1 also holds the figure, whose SVG text Chromium sets in a system font: look at the others.
    const fonts = await pdffonts(file, { firstPage: 2, lastPage: pages });
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(
      expect.arrayContaining(['SourceSerif4-Italic', 'SourceSerif4-Regular']),
    );
    for (const font of fonts) expect(font.name).toMatch(/^[A-Z]{6}\+SourceSerif4-/);
  });

  it('keeps the figure with its caption and is still a clean, tagged file', async () => {
    const firstPage = await pdftotext(file, { firstPage: 1, lastPage: 1 });
    expect(firstPage).toContain('Deux responsables se rencontrent le 14 juin.');
    expect((await pdfinfo(file)).Tagged).toBe('yes');
    expect((await qpdfCheck(file)).exitCode).toBe(0);
  });
});

describe('buildPdf: figures and page breaks', () => {
  it('never separates a figure from its caption', async () => {
    const count = 12;
    const file = await scratch.write('figures.pdf', await buildPdf(documentWithManyFigures(count), { browser, pageSize: 'A5' }));
    const pages = (await pdftotext(file)).split('\f');
    expect(pages.length).toBeGreaterThan(4);
    for (let n = 1; n <= count; n += 1) {
      const imagePage = pages.findIndex((page) => new RegExp(`Image ${n}\\b`).test(page));
      const captionPage = pages.findIndex((page) => new RegExp(`Légende ${n}\\b`).test(page));
      expect(imagePage, `figure ${n}`).toBeGreaterThanOrEqual(0);
      expect(captionPage, `caption of figure ${n}`).toBe(imagePage);
    }
  });
});

describe('buildPdf: failures', () => {
  /** A browser whose page fails the way `withPage` can fail, without launching a second Chromium. */
  function failingBrowser(error: Error): RenderingBrowser {
    return { withPage: () => Promise.reject(error) } as unknown as RenderingBrowser;
  }

  it('reports a printing failure as PDF_FAILED, with a hint and the cause', async () => {
    const cause = new Error('Target closed');
    const failure = await buildPdf(sampleDocument(), { browser: failingBrowser(cause) }).catch((error: unknown) => error);
    expect(isColophonError(failure)).toBe(true);
    expect(failure).toMatchObject({ code: 'PDF_FAILED', cause });
    expect((failure as ColophonError).message).toContain('Target closed');
    expect((failure as ColophonError).hint).not.toBe('');
  });

  it('lets an error Colophon already explains through unchanged', async () => {
    const opened = new ColophonError('BROWSER_FAILED', 'The page print.html could not be opened in Chromium.', { hint: 'h' });
    await expect(buildPdf(sampleDocument(), { browser: failingBrowser(opened) })).rejects.toBe(opened);
  });
});
