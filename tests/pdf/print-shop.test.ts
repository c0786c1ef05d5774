import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPdf } from '../../src/audit/pdf/audit-pdf.js';
import { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { isColophonError } from '../../src/errors.js';
import { mmToPt } from '../../src/model/page-size.js';
import { parseContentStream } from '../../src/pdf/content-stream.js';
import { cropMarksContent } from '../../src/pdf/crop-marks.js';
import { finishPdf } from '../../src/pdf/finish-pdf.js';
import { buildPdf } from '../../src/pdf/index.js';
import { untaggedMarks } from '../../src/pdf/marked-content.js';
import { printSheetOf } from '../../src/pdf/page-boxes.js';
import { printToPdf } from '../../src/pdf/print-to-pdf.js';
import { PRINT_PAGE_PATH, renderPrintPage } from '../../src/render/print-page.js';
import { PdfScratch, pdfinfo, pdftotext, qpdfCheck, runTool } from '../support/poppler.js';
import { sampleDocument } from '../support/sample-document.js';
import { testBrowserPath } from '../support/browser.js';

const CHROMIUM = testBrowserPath();
const BLEED_MM = 3;

let browser: RenderingBrowser;
let scratch: PdfScratch;
let trimmed: { bytes: Uint8Array; file: string };
let printShop: { bytes: Uint8Array; file: string };

beforeAll(async () => {
  browser = await RenderingBrowser.launch({ executablePath: CHROMIUM });
  scratch = await PdfScratch.create();
  const plain = await buildPdf(sampleDocument(), { browser });
  trimmed = { bytes: plain, file: await scratch.write('trimmed.pdf', plain) };
  const marked = await buildPdf(sampleDocument(), { browser, bleed: BLEED_MM, cropMarks: true });
  printShop = { bytes: marked, file: await scratch.write('print-shop.pdf', marked) };
});

afterAll(async () => {
  await browser?.close();
  await scratch?.remove();
});

/** `pdfinfo -box` of page 1: each box as [x0, y0, x1, y1]. */
async function boxes(file: string): Promise<Record<string, number[]>> {
  const run = await runTool('pdfinfo', ['-box', file]);
  const found: Record<string, number[]> = {};
  for (const match of run.stdout.matchAll(/^(\w+Box):\s+(.+)$/gm)) found[match[1]!] = match[2]!.trim().split(/\s+/).map(Number);
  return found;
}

/** Where the first word of page 1 is, from the top-left corner of the trim box. */
async function firstWordOnTrim(file: string, trimLeft: number, trimTop: number): Promise<{ x: number; y: number }> {
  const { stdout } = await runTool('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-']);
  const match = /<word xMin="([\d.]+)" yMin="([\d.]+)"/.exec(stdout);
  if (!match) throw new Error('no word on page 1');
  return { x: Number(match[1]) - trimLeft, y: Number(match[2]) - trimTop };
}

describe('bleed and crop marks', () => {
  it('sets TrimBox to the paper, BleedBox 3 mm larger, and MediaBox with room for the marks (pdfinfo -box)', async () => {
    const found = await boxes(printShop.file);
    const bleed = mmToPt(BLEED_MM);
    const [x0, y0, x1, y1] = found['TrimBox']!;
    expect(x1! - x0!).toBeCloseTo(595.28, 1);
    expect(y1! - y0!).toBeCloseTo(841.89, 1);
    expect(found['BleedBox']![0]).toBeCloseTo(x0! - bleed, 1);
    expect(found['BleedBox']![3]).toBeCloseTo(y1! + bleed, 1);
    expect(found['MediaBox']![0]).toBeLessThan(found['BleedBox']![0]! - mmToPt(5));
    expect(found['MediaBox']![2]).toBeGreaterThan(found['BleedBox']![2]! + mmToPt(5));
    expect(found['CropBox']).toEqual(found['MediaBox']);
  });

  it('keeps the text where it was on the trimmed page', async () => {
    const found = await boxes(printShop.file);
    const [mediaLeft, , , mediaTop] = found['MediaBox']!;
    const [trimLeft, , , trimTop] = found['TrimBox']!;
    const onTrim = await firstWordOnTrim(printShop.file, trimLeft! - mediaLeft!, mediaTop! - trimTop!);
    const original = await firstWordOnTrim(trimmed.file, 0, 0);
    expect(Math.abs(onTrim.x - original.x)).toBeLessThan(1);
    expect(Math.abs(onTrim.y - original.y)).toBeLessThan(1);
    expect(await pdftotext(printShop.file)).toBe(await pdftotext(trimmed.file));
  });

  it('draws the crop marks as page artifacts, so the PDF/UA rules (7.1-t03 among them) still pass', async () => {
    expect(await auditPdf(printShop.bytes, { file: 'print-shop.pdf' })).toEqual([]);
    const check = await qpdfCheck(printShop.file);
    expect(check.exitCode, check.stdout + check.stderr).toBe(0);
    expect((await pdfinfo(printShop.file)).Tagged).toBe('yes');
  });

  it('puts every mark outside the bleed box, in line with the trim box’s edges', () => {
    const sheet = printSheetOf('A4', { bleed: BLEED_MM, cropMarks: true });
    const content = cropMarksContent(sheet);
    const operations = parseContentStream(new TextEncoder().encode(content));
    expect(untaggedMarks(operations)).toEqual([]);
    expect(content.startsWith('/Artifact <</Type /Page>> BDC')).toBe(true);
    const points = operations.filter((operation) => operation.operator === 'm' || operation.operator === 'l').map((operation) => operation.operands.map((operand) => (operand.kind === 'number' ? operand.value : NaN)));
    expect(points).toHaveLength(16);
    const bleedBox = { left: 0, bottom: 0, right: sheet.trim.width + 2 * sheet.bleed, top: sheet.trim.height + 2 * sheet.bleed };
    const trimEdges = [sheet.bleed, sheet.bleed + sheet.trim.width, sheet.bleed + sheet.trim.height].map((value) => Math.round(value * 100) / 100);
    for (const [x, y] of points) {
      const outside = x! < bleedBox.left || x! > bleedBox.right || y! < bleedBox.bottom || y! > bleedBox.top;
      expect(outside, `${x}, ${y}`).toBe(true);
      expect(trimEdges.includes(x!) || trimEdges.includes(y!), `${x}, ${y} lines up with the trim`).toBe(true);
      expect(Math.min(x!, y!)).toBeGreaterThanOrEqual(-sheet.markRoom);
    }
  });

  it('makes a page background touching the edge run into the bleed', async () => {
    const site = new Map(await renderPrintPage(sampleDocument(), { pageSize: 'A5', bleed: BLEED_MM }));
    const css = site.get('print.css')!;
    site.set('print.css', { ...css, body: `${String(css.body)}\n@page { background: #1e5aa0; }` });
    const bytes = await finishPdf(await printToPdf(browser, site, PRINT_PAGE_PATH), sampleDocument().metadata, { pageSize: 'A5', bleed: BLEED_MM });
    const file = await scratch.write('background.pdf', bytes);
    // One pixel per point, at the bleed box's corner (outside the trim): the page's colour, not the paper's.
    expect(await renderPixel(file, 2, 2)).toEqual([0x1e, 0x5a, 0xa0]);
  });

  it('bleeds without marks: MediaBox = BleedBox', async () => {
    const found = await boxes(await scratch.write('bleed-only.pdf', await buildPdf(sampleDocument(), { browser, bleed: BLEED_MM })));
    expect(found['MediaBox']).toEqual(found['BleedBox']);
    expect(found['TrimBox']![0]).toBeCloseTo(mmToPt(BLEED_MM), 1);
  });
});

describe('custom page size', () => {
  it('prints { width, height } in millimetres, exactly', async () => {
    const file = await scratch.write('custom.pdf', await buildPdf(sampleDocument(), { browser, pageSize: { width: 170, height: 240 } }));
    const info = await pdfinfo(file);
    expect(info['Page size']).toBe('481.89 x 680.31 pts');
    expect(await pdftotext(file)).toContain('Deux responsables se rencontrent le 14 juin.');
  });

  it.each([
    [{ pageSize: { width: 10, height: 240 } }, /page size/],
    [{ pageSize: 'A3' as never }, /page size/],
    [{ bleed: -1 }, /bleed/],
    [{ bleed: Number.NaN }, /bleed/],
    [{ bleed: 50 }, /bleed/],
  ])('refuses %j as OPTIONS_INVALID, before printing', async (options, message) => {
    const failure = await buildPdf(sampleDocument(), { browser, ...options }).catch((error: unknown) => error);
    expect(isColophonError(failure) && failure.code).toBe('OPTIONS_INVALID');
    expect((failure as Error).message).toMatch(message);
  });
});

/** The RGB colour of one pixel of page 1 at 72 dpi (pdftoppm, PPM output). */
async function renderPixel(file: string, x: number, y: number): Promise<number[]> {
  const prefix = `${file}-pixel`;
  const run = await runTool('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', '-singlefile', '-x', String(x), '-y', String(y), '-W', '1', '-H', '1', file, prefix]);
  if (run.exitCode !== 0) throw new Error(run.stderr);
  const data = await readFile(`${prefix}.ppm`);
  return Array.from(data.subarray(data.length - 3));
}
