export type { PageSize } from '../model/page-size.js';
export { PAGE_SIZES, DEFAULT_PAGE_SIZE, PAGE_DIMENSIONS, isPageSize } from '../model/page-size.js';
export { buildPdf, type PdfBuildOptions } from './build-pdf.js';
