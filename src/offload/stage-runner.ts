import { auditPdfFile } from '../audit/pdf/audit-pdf-file.js';
import { rasterizeCover } from '../epub/cover-image.js';
import { paginationOf } from '../pagination/index.js';
import { finishPdfWithWarnings } from '../pdf/finish-pdf.js';

/**
 * The stages that are pure computation on bytes (no browser, no file, no network), which is where a batch's Node
 * time goes: the PDF's finishing with pdf-lib, its pagination for the EPUB's page list, the cover's raster, the
 * PDF's audit. Arguments and results are plain data (structured-cloneable), so a `StageWorkers` pool can run them
 * on other threads; `IN_THIS_THREAD` runs them where they are called.
 */
export interface StageRunner {
  finishPdf: typeof finishPdfWithWarnings;
  pagination: typeof paginationOf;
  coverPng: typeof rasterizeCover;
  auditPdf: typeof auditPdfFile;
}

export type StageName = keyof StageRunner;

export const IN_THIS_THREAD: StageRunner = {
  finishPdf: finishPdfWithWarnings,
  pagination: paginationOf,
  coverPng: rasterizeCover,
  auditPdf: auditPdfFile,
};

export const STAGE_NAMES = Object.keys(IN_THIS_THREAD) as StageName[];
