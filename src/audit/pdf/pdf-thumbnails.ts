import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { makeScratchFolder, removeScratchFolder } from '../../owned-temp/scratch-folder.js';
import type { PageThumbnail } from '../audit.js';

export interface ThumbnailResult {
  thumbnails: PageThumbnail[];
  /** Why there are none, or fewer than pages. */
  note?: string;
}

/**
 * Small PNG pictures of a PDF's first pages, made by poppler's `pdftoppm` (installed with poppler-utils, as the
 * test suite already needs it). Chromium cannot rasterise a PDF headless, and pdf.js in Node needs a canvas
 * package: pdftoppm renders locally, reads nothing but the file, and is bounded here in pages, size and time.
 * Without pdftoppm the report says so and shows no thumbnails.
 */
export async function pdfThumbnails(bytes: Uint8Array, options: { maxPages?: number; width?: number } = {}): Promise<ThumbnailResult> {
  const maxPages = options.maxPages ?? 12;
  const work = await makeScratchFolder('thumbnails');
  try {
    await writeFile(join(work, 'input.pdf'), bytes);
    await promisify(execFile)('pdftoppm', ['-png', '-scale-to-x', String(options.width ?? 180), '-scale-to-y', '-1', '-f', '1', '-l', String(maxPages), join(work, 'input.pdf'), join(work, 'page')], {
      timeout: 30_000,
      maxBuffer: 1024 * 1024,
    });
    const names = (await readdir(work)).filter((name) => /^page-\d+\.png$/.test(name)).sort((a, b) => pageOf(a) - pageOf(b));
    const thumbnails = await Promise.all(
      names.map(async (name) => {
        const png = await readFile(join(work, name));
        return { page: pageOf(name), dataUri: `data:image/png;base64,${png.toString('base64')}`, width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
      }),
    );
    return thumbnails.length === 0 ? { thumbnails, note: 'pdftoppm rendered no page.' } : { thumbnails };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const note = code === 'ENOENT' ? 'No page thumbnails: pdftoppm (poppler-utils) is not installed.' : `No page thumbnails: pdftoppm failed (${(error as Error).message.split('\n')[0]}).`;
    return { thumbnails: [], note };
  } finally {
    await removeScratchFolder(work);
  }
}

function pageOf(name: string): number {
  return Number(/(\d+)\.png$/.exec(name)?.[1]);
}
