import { type AuditedKind, type AuditResult, audit, sortFindings } from '../audit/audit.js';
import type { RenderingBrowser } from '../browser/rendering-browser.js';
import { buildAuditBackedEpub, buildEpub, renderOwnCover, type EpubBuildOptions } from '../epub/index.js';
import type { Asset } from '../model/asset.js';
import type { IngestWarning, SemanticDocument } from '../model/document.js';
import type { PageSize } from '../model/page-size.js';
import type { PageStart } from '../pagination/index.js';
import { IN_THIS_THREAD, type StageRunner } from '../offload/stage-runner.js';
import { buildPdfWithWarnings, type PrintedPdf } from '../pdf/index.js';
import { renderWebEdition } from '../render/web-edition.js';
import type { NarrationOptions } from '../narrate/index.js';
import { COLOPHON_VERSION } from '../version.js';

import type { OutputFormat } from '../model/output-format.js';

export type { OutputFormat } from '../model/output-format.js';

export interface MadeOutput {
  name: string;
  format: OutputFormat;
  bytes: Uint8Array;
}

export interface MadeOutputs {
  /** In the order html, epub, pdf (those asked for). */
  outputs: MadeOutput[];
  /** Notes for the report (a page list left out, a low-resolution image). */
  warnings: IngestWarning[];
  /** The audit of every output, when asked for (and a browser was given). */
  audit?: AuditResult;
}

export interface MakeOptions {
  pageSize: PageSize;
  /** Print production options for the PDF (bleed, crop marks, hyphenation). */
  print: { bleed?: number; cropMarks?: boolean; hyphenate?: boolean; rectoChapters?: boolean };
  /** Needed for the PDF and the audit; without it, no PDF (the cover needs no browser). */
  browser: RenderingBrowser | undefined;
  audit: boolean;
  certifiedBy: string | undefined;
  /** Called as Chromium is asked to print the PDF (see `PdfBuildOptions.onPrinting`). */
  onPrinting?: (() => void) | undefined;
  /** A read-aloud EPUB (Media Overlays from speech synthesis); absent: none. */
  narration?: NarrationOptions | undefined;
  /** Where the pure stages run (PDF finishing, pagination, cover raster, PDF audit): default this thread; a batch's stage workers. */
  stages?: StageRunner | undefined;
}

/**
 * Every output of one article, and their audit, with the independent work at once: the web page's audit,
 * the EPUB's cover and the PDF's print start together; the EPUB waits for the PDF (its page list is
 * the PDF's pages) and is audited before its conformance claim is written; the PDF is audited as soon
 * as it is made. Everything runs in the one browser, whose page pool bounds how much loads together.
 */
export async function makeOutputs(document: SemanticDocument, formats: readonly OutputFormat[], options: MakeOptions): Promise<MadeOutputs> {
  const { slug } = document.metadata;
  const { browser } = options;
  const stages = options.stages ?? IN_THIS_THREAD;
  const auditOne = browser && options.audit ? (file: string, kind: AuditedKind, bytes: Uint8Array) => audit([{ file, kind, bytes }], { browser, auditPdf: stages.auditPdf }) : undefined;
  const warnings: IngestWarning[] = [];

  // One page (`index.html`) for an article; a book's contents page and one page per chapter, every one audited.
  const html = formats.includes('html') ? (await renderWebEdition(document)).map((page) => ({ name: page.name, bytes: new TextEncoder().encode(page.html) })) : undefined;
  const htmlAudit = html && browser && options.audit ? audit(html.map((page) => ({ file: page.name, kind: 'html' as const, bytes: page.bytes })), { browser }) : undefined;
  const cover = formats.includes('epub') ? renderOwnCover(document, stages.coverPng) : undefined;
  const pdf = formats.includes('pdf') && browser
    ? buildPdfWithWarnings(document, { browser, pageSize: options.pageSize, ...options.print, producer: `Colophon ${COLOPHON_VERSION}`, finish: stages.finishPdf, ...(options.onPrinting && { onPrinting: options.onPrinting }) })
    : undefined;
  const pdfAudit = pdf && auditOne && pdf.then((printed) => auditOne(`${slug}.pdf`, 'pdf', printed.bytes));
  const epub = formats.includes('epub') ? makeEpub(document, { name: `${slug}.epub`, pdf, cover, browser: auditOne && browser, certifiedBy: options.certifiedBy, warnings, narration: options.narration, pagination: stages.pagination }) : undefined;
  const [printed, book, ...audits] = await Promise.all([pdf, epub, htmlAudit, epub?.then((made) => made.audit), pdfAudit]);

  const outputs: MadeOutput[] = [];
  for (const page of html ?? []) outputs.push({ name: page.name, format: 'html', bytes: page.bytes });
  if (book) outputs.push({ name: `${slug}.epub`, format: 'epub', bytes: book.bytes });
  if (printed) {
    outputs.push({ name: `${slug}.pdf`, format: 'pdf', bytes: printed.bytes });
    warnings.push(...printed.warnings);
  }
  const made: MadeOutputs = { outputs, warnings };
  const done = audits.filter((result): result is AuditResult => result !== undefined);
  if (auditOne) made.audit = { files: done.flatMap((result) => result.files), findings: sortFindings(done.flatMap((result) => result.findings)) };
  return made;
}

interface EpubRequest {
  name: string;
  pdf: Promise<PrintedPdf> | undefined;
  cover: Promise<Asset & { alt: string }> | undefined;
  /** The browser to audit with; absent: no audit, and no conformance claim. */
  browser: RenderingBrowser | undefined;
  certifiedBy: string | undefined;
  warnings: IngestWarning[];
  narration: NarrationOptions | undefined;
  pagination: StageRunner['pagination'];
}

/**
 * The EPUB, paginated like the PDF when there is one. Audited, it is built without a conformance claim,
 * audited, and rebuilt with the claim only when the audit found nothing; the claim changes the package
 * document alone, so the rebuilt EPUB goes through the package rules again but not through axe.
 */
async function makeEpub(document: SemanticDocument, request: EpubRequest): Promise<{ bytes: Uint8Array; audit?: AuditResult }> {
  const { browser, name } = request;
  const [pdf, cover] = await Promise.all([request.pdf, request.cover]);
  const options: EpubBuildOptions = {
    ...(cover && { cover }),
    ...(pdf && { pageStarts: await pageStartsOf(pdf, document, request.warnings, request.pagination) }),
    ...(request.certifiedBy !== undefined && { certifiedBy: request.certifiedBy }),
    // One cache for both builds of an audit-backed EPUB: its sentences are spoken once.
    ...(request.narration && { narration: { cache: new Map(), ...request.narration } }),
  };
  if (!browser) return { bytes: (await buildEpub(document, options)).bytes };
  let unclaimed: AuditResult | undefined;
  const backed = await buildAuditBackedEpub(document, options, async (bytes) => {
    unclaimed = await audit([{ file: name, kind: 'epub', bytes }], { browser });
    return unclaimed.findings;
  });
  const bytes = backed.epub.bytes;
  if (!backed.claimed && unclaimed) return { bytes, audit: unclaimed };
  return { bytes, audit: await audit([{ file: name, kind: 'epub', bytes }], { browser, epubAxe: false }) };
}

/** Where the PDF's pages start in the article; none (and a note) when a page cannot be found, rather than a wrong page list. */
async function pageStartsOf(pdf: PrintedPdf, document: SemanticDocument, warnings: IngestWarning[], paginate: StageRunner['pagination']): Promise<PageStart[]> {
  // A book's PDF was read already, its printed contents placed (see printEdition): read again, they would be unplaced.
  const pagination = pdf.pagination ?? (await paginate(pdf.bytes, document));
  if (pagination.unplaced.length === 0) return pagination.pageStarts;
  const pages = pagination.unplaced.map((page) => page.page).join(', ');
  warnings.push({ code: 'PAGE_LIST_OMITTED', message: `The EPUB has no page list: the text of PDF page(s) ${pages} was not found in the article.` });
  return [];
}
