import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFDocument, type PDFPage } from 'pdf-lib';

/**
 * A page's content as one byte string: its `/Contents` stream, or the streams of its `/Contents`
 * array joined by a newline (ISO 32000-1, 7.7.3.3: they are read as if concatenated). Filters are
 * decoded; undefined when a stream uses a filter pdf-lib cannot decode.
 */
export function pageContentBytes(page: PDFPage): Uint8Array | undefined {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((item) => page.doc.context.lookup(item)) : [contents];
  const decoded: Uint8Array[] = [];
  for (const stream of streams) {
    if (stream === undefined) continue;
    if (!(stream instanceof PDFRawStream)) return undefined;
    try {
      decoded.push(decodedContent(stream));
    } catch {
      return undefined;
    }
  }
  return joinWithNewlines(decoded);
}

/**
 * A stream's decoded bytes. Plain Flate (what Chromium writes) is inflated by Node's zlib, several
 * times faster than pdf-lib's JavaScript decoder on a long document; other filters go to pdf-lib.
 */
function decodedContent(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) return inflateSync(stream.contents);
  return decodePDFRawStream(stream).decode();
}

/** `bytes` as a new Flate-compressed stream object (compressed by Node's zlib, not pdf-lib's pako). */
export function registerFlateStream(pdf: PDFDocument, bytes: Uint8Array): PDFRef {
  return pdf.context.register(pdf.context.stream(deflateSync(bytes), { Filter: 'FlateDecode' }));
}

/** Replaces the page's content with `bytes`, one Flate-compressed stream; the old streams are removed. */
export function setPageContentBytes(pdf: PDFDocument, page: PDFPage, bytes: Uint8Array): void {
  const previous = page.node.get(PDFName.of('Contents'));
  const oldRefs = previous instanceof PDFRef ? [previous] : previous instanceof PDFArray ? previous.asArray().filter((item) => item instanceof PDFRef) : [];
  page.node.set(PDFName.of('Contents'), registerFlateStream(pdf, bytes));
  for (const ref of oldRefs) pdf.context.delete(ref as PDFRef);
}

/**
 * Draws `bytes` over the page's content: the existing streams are closed in `q … Q` (so whatever
 * transformation or state they leave does not apply), and `bytes` follows in a stream of its own.
 */
export function appendPageContent(pdf: PDFDocument, page: PDFPage, bytes: Uint8Array): void {
  const previous = page.node.get(PDFName.of('Contents'));
  const existing = previous instanceof PDFArray ? previous.asArray() : previous === undefined ? [] : [previous];
  const open = pdf.context.register(pdf.context.stream('q\n'));
  const close = registerFlateStream(pdf, joinWithNewlines([new TextEncoder().encode('Q'), bytes]));
  page.node.set(PDFName.of('Contents'), pdf.context.obj([open, ...existing, close]));
}

function joinWithNewlines(parts: readonly Uint8Array[]): Uint8Array {
  const length = parts.reduce((sum, part) => sum + part.length, 0) + Math.max(0, parts.length - 1);
  const out = new Uint8Array(length);
  let offset = 0;
  parts.forEach((part, index) => {
    if (index > 0) out[offset++] = 0x0a;
    out.set(part, offset);
    offset += part.length;
  });
  return out;
}
