/** Paper sizes the print edition supports. Shared by the print page (CSS `@page`) and the PDF stage. */
export type PageSize = 'A4' | 'Letter' | 'A5';

export const PAGE_SIZES: readonly PageSize[] = ['A4', 'Letter', 'A5'];

export const DEFAULT_PAGE_SIZE: PageSize = 'A4';

export interface PageDimensions {
  /** Width in PostScript points (1/72 in). */
  width: number;
  /** Height in PostScript points (1/72 in). */
  height: number;
  /** The same size as a CSS `size` value. */
  css: string;
}

/** Exact sizes: ISO 216 A4 (210 × 297 mm), A5 (148 × 210 mm) and US Letter (8.5 × 11 in). */
export const PAGE_DIMENSIONS: Readonly<Record<PageSize, PageDimensions>> = {
  A4: { width: mmToPt(210), height: mmToPt(297), css: '210mm 297mm' },
  A5: { width: mmToPt(148), height: mmToPt(210), css: '148mm 210mm' },
  Letter: { width: 612, height: 792, css: '8.5in 11in' },
};

export function isPageSize(value: unknown): value is PageSize {
  return typeof value === 'string' && (PAGE_SIZES as readonly string[]).includes(value);
}

function mmToPt(mm: number): number {
  return (mm * 72) / 25.4;
}
