import type { PDFDocument } from 'pdf-lib';
import { artifactInsertions, countArtifacts } from './artifact-wrapping.js';
import { editContent, type ContentEdit } from './content-edits.js';
import { parseContentStream } from './content-stream.js';
import { imagesOnPage, type PlacedImage } from './image-resolution.js';
import { pageContentBytes, setPageContentBytes } from './page-contents.js';
import { softHyphenEdits, type SoftHyphenCounts } from './soft-hyphen-text.js';

export interface RewrittenContent {
  /** Artifact sequences added over all pages. */
  artifacts: number;
  softHyphens: SoftHyphenCounts;
  /** Every raster image drawn, page by page. */
  images: PlacedImage[];
}

/**
 * The page-content part of the PDF/UA post-processing in one pass a page: each content stream is
 * inflated, parsed and written back once, with both the artifact wrapping (`artifactInsertions`) and
 * the soft-hyphen text (`softHyphenEdits`) applied, and the images it draws measured from the same
 * parse. (Done as three passes, a 100-page document was parsed three times and inflated and deflated
 * twice: most of the post-processing time.)
 *
 * Both edit lists are made against the original bytes and never overlap; where they touch the same
 * offset, the soft-hyphen span is the inner sequence: its `EMC` comes before an artifact's, and its
 * `BDC` after one.
 */
export function rewritePageContents(pdf: PDFDocument): RewrittenContent {
  const result: RewrittenContent = { artifacts: 0, softHyphens: { unbroken: 0, lineEnds: 0 }, images: [] };
  pdf.getPages().forEach((page, index) => {
    const bytes = pageContentBytes(page);
    if (!bytes) return;
    const operations = parseContentStream(bytes);
    const artifacts = artifactInsertions(operations);
    const hyphens = softHyphenEdits(operations);
    result.images.push(...imagesOnPage(page, operations, index + 1));
    result.artifacts += countArtifacts(artifacts);
    result.softHyphens.unbroken += hyphens.counts.unbroken;
    result.softHyphens.lineEnds += hyphens.counts.lineEnds;
    if (artifacts.length + hyphens.edits.length === 0) return;
    setPageContentBytes(pdf, page, editContent(bytes, nestedOrder(artifacts, hyphens.edits)));
  });
  return result;
}

/** An inserted `EMC`, closing a sequence. */
const closes = (edit: ContentEdit): boolean => edit.from === edit.to && edit.text.trim() === 'EMC';

/**
 * The edits sorted by offset; at one offset, closes before opens, the inner (soft-hyphen) sequence
 * closing first and opening last. `editContent` keeps this order for edits at the same offset.
 */
export function nestedOrder(outer: readonly ContentEdit[], inner: readonly ContentEdit[]): ContentEdit[] {
  const rank = (edit: ContentEdit, isInner: boolean): number => (closes(edit) ? (isInner ? 0 : 1) : isInner ? 3 : 2);
  return [...outer.map((edit) => ({ edit, rank: rank(edit, false) })), ...inner.map((edit) => ({ edit, rank: rank(edit, true) }))]
    .sort((a, b) => a.edit.from - b.edit.from || a.rank - b.rank)
    .map(({ edit }) => edit);
}
