import { mmToPt } from '../model/page-size.js';
import type { PDFDocument } from 'pdf-lib';
import { CROP_MARK_LENGTH_MM, CROP_MARK_OFFSET_MM, trimBoxOf, type PrintSheet } from './page-boxes.js';
import { appendPageContent } from './page-contents.js';

/** Hairline, as print shops expect: 0.25 pt. */
const LINE_WIDTH_PT = 0.25;

/**
 * Draws crop (trim) marks on every page: at each corner of the trim box, two short lines in line
 * with its edges, starting `CROP_MARK_OFFSET_MM` outside the bleed so that no mark reaches into
 * the bleed or the page. They are in registration colour (100 % of each CMYK ink, so they print on
 * every plate) and wrapped in `/Artifact <</Type /Page>> BDC … EMC`: PDF/UA's page artifacts,
 * "production aids extraneous to the document itself, such as cut marks" (ISO 32000-1, 14.8.2.2.2).
 * Chromium's content is closed in `q … Q` first, so its transformation does not apply to the marks.
 * The media box must already have room for them (`setPageBoxes`).
 */
export function drawCropMarks(pdf: PDFDocument, sheet: PrintSheet): void {
  const content = new TextEncoder().encode(cropMarksContent(sheet));
  for (const page of pdf.getPages()) appendPageContent(pdf, page, content);
}

/** The marks as a content stream fragment, in the page's default coordinates. */
export function cropMarksContent(sheet: PrintSheet): string {
  const [left, bottom, right, top] = trimBoxOf(sheet);
  const near = sheet.bleed + mmToPt(CROP_MARK_OFFSET_MM);
  const far = near + mmToPt(CROP_MARK_LENGTH_MM);
  const lines: Array<[number, number, number, number]> = [];
  for (const y of [bottom, top]) lines.push([left - far, y, left - near, y], [right + near, y, right + far, y]);
  for (const x of [left, right]) lines.push([x, bottom - far, x, bottom - near], [x, top + near, x, top + far]);
  const path = lines.map(([x1, y1, x2, y2]) => `${n(x1)} ${n(y1)} m ${n(x2)} ${n(y2)} l`).join('\n');
  return `/Artifact <</Type /Page>> BDC\nq\n${LINE_WIDTH_PT} w 0 J [] 0 d 1 1 1 1 K\n${path}\nS\nQ\nEMC\n`;
}

function n(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
