import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import type { SemanticDocument } from '../../src/model/document.js';
import { placedImages } from '../../src/pdf/image-resolution.js';
import { buildPdfWithWarnings, MIN_PRINT_PPI } from '../../src/pdf/index.js';
import { PdfScratch, runTool } from '../support/poppler.js';
import { sampleDocument } from '../support/sample-document.js';
import { pngImage } from './support/png-image.js';
import { testBrowserPath } from '../support/browser.js';

const CHROMIUM = testBrowserPath();

let browser: RenderingBrowser;
let scratch: PdfScratch;

beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: CHROMIUM });
  scratch = await PdfScratch.create();
});

afterAll(async () => {
  await browser?.close();
  await scratch?.remove();
});

/** The sample with its figure a PNG of `width` × `height` pixels. */
function withPhoto(width: number, height: number): SemanticDocument {
  const document = sampleDocument();
  return {
    ...document,
    assets: [{ path: 'images/figure-1.png', mediaType: 'image/png', bytes: pngImage(width, height) }],
    articleHtml: document.articleHtml.replace('src="images/figure-1.svg"', 'src="images/figure-1.png"').replace('width="1200" height="675"', `width="${width}" height="${height}"`),
  };
}

/** `pdfimages -list`: x-ppi and y-ppi of each image. */
async function pdfimagesPpi(file: string): Promise<Array<[number, number]>> {
  const { stdout } = await runTool('pdfimages', ['-list', file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      return [Number(cells[12]), Number(cells[13])];
    });
}

describe('images at print resolution', () => {
  it('warns about an image narrower than the text block: Chromium prints it at 96 ppi (CSS pixels)', async () => {
    const { bytes, warnings } = await buildPdfWithWarnings(withPhoto(600, 400), { browser });
    expect(warnings).toEqual([
      {
        code: 'IMAGE_LOW_RESOLUTION',
        page: 1,
        ppi: 96,
        message: expect.stringMatching(/^An image on page 1 prints at 96 ppi \(600 × 400 px over 159 × 106 mm\); print wants 150 ppi or more: supply one at least 938 px wide\.$/),
      },
    ]);
    // The same resolution as poppler computes it.
    const [ppi] = await pdfimagesPpi(await scratch.write('low.pdf', bytes));
    expect(ppi).toEqual([96, 96]);
  });

  it('says nothing of an image scaled down to the text block with pixels to spare', async () => {
    const { bytes, warnings } = await buildPdfWithWarnings(withPhoto(2400, 1350), { browser });
    expect(warnings).toEqual([]);
    const [image] = placedImages(await PDFDocument.load(bytes, { updateMetadata: false }));
    expect(image?.ppi).toBeGreaterThan(MIN_PRINT_PPI);
    const [ppi] = await pdfimagesPpi(await scratch.write('high.pdf', bytes));
    expect(Math.abs(ppi![0] - image!.ppi)).toBeLessThan(1.5);
  });

  it('lists no raster image for an SVG figure (vectors print at any size)', async () => {
    const { bytes, warnings } = await buildPdfWithWarnings(sampleDocument(), { browser });
    expect(warnings).toEqual([]);
    expect(placedImages(await PDFDocument.load(bytes, { updateMetadata: false }))).toEqual([]);
  });

  it('keeps the image in sRGB: Chromium embeds it with an ICC-based colour space', async () => {
    const { bytes } = await buildPdfWithWarnings(withPhoto(600, 400), { browser });
    const { stdout } = await runTool('pdfimages', ['-list', await scratch.write('colour.pdf', bytes)]);
    expect(stdout.split('\n')[2]).toMatch(/\bicc\s+3\s+8\b/);
  });
});
