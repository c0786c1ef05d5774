import { PDFName, type PDFDocument } from 'pdf-lib';
import { mmToPt, pageDimensionsOf, type PageSize } from '../model/page-size.js';

/** How far (in points) Chromium's page may be from the exact paper size and still be that paper. */
const TOLERANCE_PT = 2;
const BOXES = ['MediaBox', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox'] as const;
/** Crop marks start this far outside the bleed, and are this long (see `crop-marks.ts`). */
export const CROP_MARK_OFFSET_MM = 2;
export const CROP_MARK_LENGTH_MM = 5;
/** Paper left around the marks. */
const CROP_MARK_MARGIN_MM = 1;

/**
 * The sheet a page is printed on, in points, in the coordinates of the page Chromium printed: the
 * bleed box is that page (origin 0, 0), the trim box is inset by the bleed, and the media box
 * reaches `markRoom` further out on every side when there are crop marks.
 */
export interface PrintSheet {
  /** The finished (trimmed) page size. */
  trim: { width: number; height: number };
  bleed: number;
  /** Room for the crop marks outside the bleed box; 0 without marks. */
  markRoom: number;
}

export interface SheetOptions {
  /** Bleed in millimetres, 0 by default. */
  bleed?: number;
  cropMarks?: boolean;
}

export function printSheetOf(pageSize: PageSize, options: SheetOptions = {}): PrintSheet {
  const { width, height } = pageDimensionsOf(pageSize);
  return {
    trim: { width, height },
    bleed: mmToPt(options.bleed ?? 0),
    markRoom: options.cropMarks ? mmToPt(CROP_MARK_OFFSET_MM + CROP_MARK_LENGTH_MM + CROP_MARK_MARGIN_MM) : 0,
  };
}

/** Whether the sheet is more than the trimmed page (a bleed or crop marks): the PDF then gets TrimBox and BleedBox. */
export function isPrintShopSheet(sheet: PrintSheet): boolean {
  return sheet.bleed > 0 || sheet.markRoom > 0;
}

/** The trim box: the finished page, inside the bleed. */
export function trimBoxOf(sheet: PrintSheet): [number, number, number, number] {
  const { bleed, trim } = sheet;
  return [bleed, bleed, bleed + trim.width, bleed + trim.height].map(roundPt) as [number, number, number, number];
}

/**
 * Sets each page's boxes from the sheet. Chromium lays pages out on a whole-pixel grid, so an A4
 * `@page` comes out 594.96 × 841.92 pt instead of 595.28 × 841.89 (A5: 420 × 594.96). Print shops
 * and preflight tools compare against the exact size, so a page within a couple of points of the
 * expected one (trim + 2 × bleed) is given exactly that size; the content does not move by more than
 * a third of a point, inside the margins.
 * - Trimmed page only: every box present is set to the page, as Chromium wrote only a MediaBox.
 * - With a bleed or crop marks: BleedBox = the printed page, TrimBox inside it by the bleed,
 *   MediaBox (and CropBox, so viewers show the marks) reaching out to the marks, below zero
 *   where needed: nothing Chromium drew, annotated or linked to moves.
 * Pages of any other size (none are expected) are left alone. Returns how many pages were set.
 */
export function setPageBoxes(pdf: PDFDocument, sheet: PrintSheet): number {
  const printed = { width: sheet.trim.width + 2 * sheet.bleed, height: sheet.trim.height + 2 * sheet.bleed };
  const bleedBox = [0, 0, roundPt(printed.width), roundPt(printed.height)];
  const room = roundPt(sheet.markRoom);
  const mediaBox = [-room, -room, bleedBox[2]! + room, bleedBox[3]! + room];
  let adjusted = 0;
  for (const page of pdf.getPages()) {
    const media = page.getMediaBox();
    if (Math.abs(media.width - printed.width) > TOLERANCE_PT || Math.abs(media.height - printed.height) > TOLERANCE_PT) continue;
    const set = (box: (typeof BOXES)[number], value: number[]): void => page.node.set(PDFName.of(box), pdf.context.obj(value));
    if (isPrintShopSheet(sheet)) {
      set('MediaBox', mediaBox);
      set('CropBox', mediaBox);
      set('BleedBox', bleedBox);
      set('TrimBox', trimBoxOf(sheet));
      page.node.delete(PDFName.of('ArtBox'));
    } else {
      for (const box of BOXES) if (box === 'MediaBox' || page.node.get(PDFName.of(box)) !== undefined) set(box, bleedBox);
    }
    adjusted += 1;
  }
  return adjusted;
}

/** Two decimals, as paper sizes are usually written (595.28 × 841.89). */
function roundPt(value: number): number {
  return Math.round(value * 100) / 100;
}
