import type { RenderingBrowser } from '../../src/browser/rendering-browser.js';
import { buildEpub, type EpubBuildOptions } from '../../src/epub/index.js';
import type { SemanticDocument } from '../../src/model/document.js';
import type { PageSize } from '../../src/model/page-size.js';
import { type Pagination, paginationOf } from '../../src/pagination/index.js';
import { buildPdf } from '../../src/pdf/index.js';

/** A document printed to PDF, paginated from that PDF, and made into an EPUB with the page starts. */
export interface PagedBook {
  pdf: Uint8Array;
  pagination: Pagination;
  epub: Uint8Array;
  /** Milliseconds paginationOf took. */
  paginationMs: number;
}

export async function buildPagedBook(browser: RenderingBrowser, document: SemanticDocument, pageSize: PageSize, options: EpubBuildOptions = {}): Promise<PagedBook> {
  const pdf = await buildPdf(document, { browser, pageSize });
  const started = performance.now();
  const pagination = await paginationOf(pdf, document);
  const paginationMs = performance.now() - started;
  const { bytes } = await buildEpub(document, { ...options, pageStarts: pagination.pageStarts });
  return { pdf, pagination, epub: bytes, paginationMs };
}
