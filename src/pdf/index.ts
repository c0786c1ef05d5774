export type { CustomPageSize, NamedPageSize, PageSize } from '../model/page-size.js';
export { PAGE_SIZES, DEFAULT_PAGE_SIZE, PAGE_DIMENSIONS, isPageSize, pageDimensionsOf } from '../model/page-size.js';
export { buildPdf, buildPdfWithWarnings, MAX_BLEED_MM, type PdfBuildOptions, type PrintedPdf } from './build-pdf.js';
export type { FinishedPdf } from './finish-pdf.js';
export { MIN_PRINT_PPI, type LowResolutionWarning } from './image-resolution.js';
