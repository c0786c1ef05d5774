/** Paper sizes the print edition knows by name. Shared by the print page (CSS `@page`) and the PDF stage. */
export type NamedPageSize = 'A4' | 'Letter' | 'A5';

/** Any other paper, in millimetres (portrait or landscape as given). */
export interface CustomPageSize {
  width: number;
  height: number;
}

export type PageSize = NamedPageSize | CustomPageSize;

export const PAGE_SIZES: readonly NamedPageSize[] = ['A4', 'Letter', 'A5'];

export const DEFAULT_PAGE_SIZE: PageSize = 'A4';

/** The smallest and largest custom side, in millimetres: a business card to A0's long side and some. */
export const CUSTOM_PAGE_LIMITS_MM = { min: 50, max: 1500 } as const;

export interface PageDimensions {
  /** Width in PostScript points (1/72 in). */
  width: number;
  /** Height in PostScript points (1/72 in). */
  height: number;
  /** The same size as a CSS `size` value. */
  css: string;
}

/** Exact sizes: ISO 216 A4 (210 × 297 mm), A5 (148 × 210 mm) and US Letter (8.5 × 11 in). */
export const PAGE_DIMENSIONS: Readonly<Record<NamedPageSize, PageDimensions>> = {
  A4: { width: mmToPt(210), height: mmToPt(297), css: '210mm 297mm' },
  A5: { width: mmToPt(148), height: mmToPt(210), css: '148mm 210mm' },
  Letter: { width: 612, height: 792, css: '8.5in 11in' },
};

/** The dimensions of a named or custom size; throws a RangeError for a custom size outside `CUSTOM_PAGE_LIMITS_MM`. */
export function pageDimensionsOf(size: PageSize): PageDimensions {
  if (typeof size === 'string') return PAGE_DIMENSIONS[size];
  if (!isCustomPageSize(size)) {
    const { min, max } = CUSTOM_PAGE_LIMITS_MM;
    throw new RangeError(`A custom page size takes a width and a height in millimetres, each from ${min} to ${max}; got ${JSON.stringify(size)}.`);
  }
  return { width: mmToPt(size.width), height: mmToPt(size.height), css: `${size.width}mm ${size.height}mm` };
}

export function isPageSize(value: unknown): value is PageSize {
  return (typeof value === 'string' && (PAGE_SIZES as readonly string[]).includes(value)) || isCustomPageSize(value);
}

function isCustomPageSize(value: unknown): value is CustomPageSize {
  if (typeof value !== 'object' || value === null) return false;
  const { width, height } = value as Partial<CustomPageSize>;
  const fits = (side: unknown): boolean =>
    typeof side === 'number' && Number.isFinite(side) && side >= CUSTOM_PAGE_LIMITS_MM.min && side <= CUSTOM_PAGE_LIMITS_MM.max;
  return fits(width) && fits(height);
}

export function mmToPt(mm: number): number {
  return (mm * 72) / 25.4;
}
