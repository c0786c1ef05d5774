import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, decodePDFRawStream, type PDFDocument, type PDFPage } from 'pdf-lib';
import { parseContentStream, type ContentOperation } from './content-stream.js';
import { IDENTITY, type Matrix, matrixFrom, multiplyMatrices } from './matrix.js';
import { pageContentBytes } from './page-contents.js';

/**
 * Raster images as printed: each image XObject a page draws, with its pixel size and the size the
 * page's transformation gives it, hence its effective resolution (what `pdfimages -list` calls
 * x-ppi / y-ppi). Chromium sizes an image without width or height in CSS pixels (96 per inch), so an
 * image narrower than the text block prints at 96 ppi; print wants about 150 ppi at least (300 for
 * photographs in quality printing). Vector images (SVG) are not rasters and are not listed.
 */

/** Below this, a printed image looks soft or pixelated. */
export const MIN_PRINT_PPI = 150;

export interface PlacedImage {
  /** 1-based page number. */
  page: number;
  widthPx: number;
  heightPx: number;
  /** Printed size in points. */
  widthPt: number;
  heightPt: number;
  /** The lower of the horizontal and vertical resolutions, in pixels per inch. */
  ppi: number;
}

export interface LowResolutionWarning {
  code: 'IMAGE_LOW_RESOLUTION';
  message: string;
  page: number;
  ppi: number;
}

/** Forms inside forms are followed this deep at most (a malformed file may loop). */
const MAX_FORM_DEPTH = 8;

/** Every raster image drawn, page by page, in drawing order. */
export function placedImages(pdf: PDFDocument): PlacedImage[] {
  return pdf.getPages().flatMap((page, index) => {
    const bytes = pageContentBytes(page);
    return bytes ? imagesOnPage(page, parseContentStream(bytes), index + 1) : [];
  });
}

/** The raster images one page draws, given its parsed content (forms it draws are read here). */
export function imagesOnPage(page: PDFPage, operations: readonly ContentOperation[], pageNumber: number): PlacedImage[] {
  const images: PlacedImage[] = [];
  const resources = page.node.Resources();
  if (resources) collectImages(page.doc, operations, resources, IDENTITY, pageNumber, images, 0);
  return images;
}

/** One warning per image (see `placedImages`, `imagesOnPage`) printed below `minPpi`, saying how many pixels it would need. */
export function lowResolutionWarnings(images: readonly PlacedImage[], minPpi = MIN_PRINT_PPI): LowResolutionWarning[] {
  return images
    .filter((image) => image.ppi < minPpi)
    .map((image) => {
      const ppi = Math.round(image.ppi);
      const mm = (pt: number): number => Math.round((pt / 72) * 25.4);
      const needed = Math.ceil((Math.max(image.widthPt, 0) / 72) * minPpi);
      return {
        code: 'IMAGE_LOW_RESOLUTION',
        page: image.page,
        ppi,
        message:
          `An image on page ${image.page} prints at ${ppi} ppi (${image.widthPx} × ${image.heightPx} px over ` +
          `${mm(image.widthPt)} × ${mm(image.heightPt)} mm); print wants ${minPpi} ppi or more: supply one at least ${needed} px wide.`,
      };
    });
}

function collectImages(
  pdf: PDFDocument,
  operations: readonly ContentOperation[],
  resources: PDFDict,
  base: Matrix,
  page: number,
  images: PlacedImage[],
  depth: number,
): void {
  const xObjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const stack: Matrix[] = [];
  let ctm = base;
  for (const operation of operations) {
    if (operation.operator === 'q') stack.push(ctm);
    else if (operation.operator === 'Q') ctm = stack.pop() ?? base;
    else if (operation.operator === 'cm') {
      const values = operation.operands.map((operand) => (operand.kind === 'number' ? operand.value : Number.NaN));
      const matrix = matrixFrom(values);
      if (matrix) ctm = multiplyMatrices(matrix, ctm);
    } else if (operation.operator === 'Do' && xObjects) {
      const [name] = operation.operands;
      const xObject = name?.kind === 'name' ? xObjects.lookup(PDFName.of(name.value)) : undefined;
      if (!(xObject instanceof PDFRawStream)) continue;
      const subtype = xObject.dict.get(PDFName.of('Subtype'));
      if (subtype === PDFName.of('Image')) images.push(placed(xObject.dict, ctm, page));
      else if (subtype === PDFName.of('Form') && depth < MAX_FORM_DEPTH) {
        const formResources = xObject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict) ?? resources;
        const matrix = matrixOf(xObject.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray));
        collectImages(pdf, parseContentStream(decodePDFRawStream(xObject).decode()), formResources, multiplyMatrices(matrix, ctm), page, images, depth + 1);
      }
    }
  }
}

/** An image fills the unit square of the CTM: its printed sides are the lengths of the CTM's axes. */
function placed(image: PDFDict, ctm: Matrix, page: number): PlacedImage {
  const size = (key: string): number => image.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber() ?? 0;
  const [a, b, c, d] = ctm;
  const widthPt = Math.hypot(a, b);
  const heightPt = Math.hypot(c, d);
  const widthPx = size('Width');
  const heightPx = size('Height');
  const ppi = Math.min(widthPt > 0 ? widthPx / (widthPt / 72) : Infinity, heightPt > 0 ? heightPx / (heightPt / 72) : Infinity);
  return { page, widthPx, heightPx, widthPt, heightPt, ppi };
}

function matrixOf(array: PDFArray | undefined): Matrix {
  const values = array?.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN)) ?? [];
  return matrixFrom(values) ?? IDENTITY;
}

