import { PDFDict, PDFHeader, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib';
import type { ArticleMetadata } from '../model/metadata.js';
import { pdfDatesOf, xmpDate } from './metadata-dates.js';
import { buildXmpPacket } from './xmp-packet.js';

export const PDF_CREATOR = 'Colophon';

export interface AccessibilityMetadataOptions {
  /** Info `/Producer` and `pdf:Producer`. */
  producer: string;
}

/**
 * Writes the document-level facts PDF/UA and readers look for, all from the article's metadata:
 * the Info dictionary (with fixed dates, never the build time), the catalog's `/Lang`,
 * `/ViewerPreferences << /DisplayDocTitle true >>` and `/MarkInfo << /Marked true >>`, and an
 * uncompressed XMP metadata stream that says the same things and claims PDF/UA-1 (`pdfuaid:part` 1).
 * The structure tree Chromium wrote is not touched.
 */
export function applyAccessibilityMetadata(
  pdf: PDFDocument,
  metadata: ArticleMetadata,
  options: AccessibilityMetadataOptions,
): void {
  const dates = pdfDatesOf(metadata);
  const author = metadata.authors.join(', ');
  const keywords = metadata.subjects.join(', ');
  const description = metadata.description?.trim() || undefined;

  const info = infoDictionary(pdf);
  setText(info, 'Title', metadata.title);
  setText(info, 'Author', author || undefined);
  setText(info, 'Subject', description);
  setText(info, 'Keywords', keywords || undefined);
  setText(info, 'Creator', PDF_CREATOR);
  setText(info, 'Producer', options.producer);
  setDate(info, 'CreationDate', dates.created);
  setDate(info, 'ModDate', dates.modified);

  const language = languageTag(metadata.language);
  if (language) pdf.catalog.set(PDFName.of('Lang'), PDFString.of(language));
  pdf.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
  markAsTagged(pdf);

  const xmp = buildXmpPacket({
    title: metadata.title,
    language,
    creators: metadata.authors,
    ...(description !== undefined && { description }),
    subjects: metadata.subjects,
    ...(keywords && { keywords }),
    ...(metadata.publisher && { publisher: metadata.publisher.name }),
    identifier: metadata.identifier,
    ...(metadata.license && { rights: metadata.license.name }),
    ...(dates.created && { created: xmpDate(dates.created) }),
    ...(dates.modified && { modified: xmpDate(dates.modified) }),
    creatorTool: PDF_CREATOR,
    producer: options.producer,
  });
  setXmpMetadata(pdf, xmp);

  // PDF/UA-1 is built on ISO 32000-1 (PDF 1.7); Chromium writes a 1.4 header.
  pdf.context.header = PDFHeader.forVersion(1, 7);
}

/** The XMP packet becomes the catalog's `/Metadata`: a plain (unfiltered) UTF-8 stream, so any tool can read it. */
export function setXmpMetadata(pdf: PDFDocument, xml: string): void {
  const previous = pdf.catalog.get(PDFName.of('Metadata'));
  const stream = pdf.context.stream(new TextEncoder().encode(xml), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
  if (previous instanceof PDFRef) pdf.context.delete(previous);
}

/** The trailer's `/Info` dictionary, created if Chromium wrote none (pdf-lib keeps its own accessor private). */
function infoDictionary(pdf: PDFDocument): PDFDict {
  const existing = pdf.context.lookupMaybe(pdf.context.trailerInfo.Info, PDFDict);
  if (existing) return existing;
  const info = pdf.context.obj({});
  pdf.context.trailerInfo.Info = pdf.context.register(info);
  return info;
}

function markAsTagged(pdf: PDFDocument): void {
  const existing = pdf.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const markInfo = existing ?? pdf.context.obj({});
  markInfo.set(PDFName.of('Marked'), pdf.context.obj(true));
  if (!existing) pdf.catalog.set(PDFName.of('MarkInfo'), markInfo);
}

/** Text strings go in as UTF-16 (hex), so any title or name survives; absent values are removed. */
function setText(info: PDFDict, key: string, value: string | undefined): void {
  if (value === undefined) info.delete(PDFName.of(key));
  else info.set(PDFName.of(key), PDFHexString.fromText(value));
}

/** Without a date in the metadata, Chromium's "now" is removed rather than kept: builds are reproducible. */
function setDate(info: PDFDict, key: string, value: Date | undefined): void {
  if (value === undefined) info.delete(PDFName.of(key));
  else info.set(PDFName.of(key), PDFString.fromDate(value));
}

/** `/Lang` is written as a literal string: keep only the characters a BCP 47 tag can have. */
function languageTag(language: string): string {
  return language.trim().replace(/[^A-Za-z0-9-]/g, '');
}
