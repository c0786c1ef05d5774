import { PDFName, type PDFDocument } from 'pdf-lib';
import { PAGE_DIMENSIONS, type PageSize } from '../model/page-size.js';

/** How far (in points) Chromium's page may be from the exact paper size and still be that paper. */
const TOLERANCE_PT = 2;
const BOXES = ['MediaBox', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox'] as const;

/**
 * Chromium lays pages out on a whole-pixel grid, so an A4 `@page` comes out 594.96 × 841.92 pt
 * instead of 595.28 × 841.89 (A5: 420 × 594.96). Print shops and preflight tools compare against
 * the exact size, so each page box that is within a couple of points of the requested paper is set
 * to exactly that paper. The content does not move by more than a third of a point, inside the margins.
 * Pages of any other size (none are expected) are left alone. Returns how many pages were adjusted.
 */
export function snapPagesToPaperSize(pdf: PDFDocument, pageSize: PageSize): number {
  const { width, height } = PAGE_DIMENSIONS[pageSize];
  const exact = [0, 0, roundPt(width), roundPt(height)];
  let adjusted = 0;
  for (const page of pdf.getPages()) {
    const media = page.getMediaBox();
    const close = Math.abs(media.width - width) <= TOLERANCE_PT && Math.abs(media.height - height) <= TOLERANCE_PT;
    if (!close || (media.x === 0 && media.y === 0 && media.width === exact[2] && media.height === exact[3])) continue;
    for (const box of BOXES) {
      if (box !== 'MediaBox' && page.node.get(PDFName.of(box)) === undefined) continue;
      page.node.set(PDFName.of(box), pdf.context.obj(exact));
    }
    adjusted += 1;
  }
  return adjusted;
}

/** Two decimals, as paper sizes are usually written (595.28 × 841.89). */
function roundPt(value: number): number {
  return Math.round(value * 100) / 100;
}
