import type { PDFDocument } from 'pdf-lib';
import { wrapUntaggedContent } from './artifact-wrapping.js';
import { pageContentBytes, setPageContentBytes } from './page-contents.js';

/**
 * Every page's untagged marks become artifacts (see `wrapUntaggedContent`): what Chromium paints
 * outside the DOM's tagged content is the page box (running head, page number, background).
 * Returns how many artifact sequences were added over all pages.
 */
export function markPageArtifacts(pdf: PDFDocument): number {
  let artifacts = 0;
  for (const page of pdf.getPages()) {
    const bytes = pageContentBytes(page);
    if (!bytes) continue;
    const wrapped = wrapUntaggedContent(bytes);
    if (wrapped.artifacts === 0) continue;
    setPageContentBytes(pdf, page, wrapped.bytes);
    artifacts += wrapped.artifacts;
  }
  return artifacts;
}
