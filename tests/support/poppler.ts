import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runners for the command-line PDF tools the tests check Colophon's PDFs with:
 * pdfinfo, pdffonts, pdftotext (poppler-utils) and qpdf. They work on files; see `PdfScratch`.
 */

export interface ToolRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs `tool args…` and resolves with its exit code and output; it rejects only if the tool cannot be started. */
export function runTool(tool: string, args: readonly string[]): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    execFile(tool, [...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(error);
        return;
      }
      resolve({ exitCode: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

/** Runs the tool and returns stdout; a non-zero exit fails with the tool's stderr. */
async function stdoutOf(tool: string, args: readonly string[]): Promise<string> {
  const run = await runTool(tool, args);
  if (run.exitCode !== 0) throw new Error(`${tool} ${args.join(' ')} exited with ${run.exitCode}: ${run.stderr}`);
  return run.stdout;
}

/** `pdfinfo file` as key → value (`Title`, `Tagged`, `Page size`, `PDF version`…). */
export async function pdfinfo(file: string, options: { firstPage?: number; lastPage?: number } = {}): Promise<Record<string, string>> {
  const range = [
    ...(options.firstPage === undefined ? [] : ['-f', String(options.firstPage)]),
    ...(options.lastPage === undefined ? [] : ['-l', String(options.lastPage)]),
  ];
  const fields: Record<string, string> = {};
  for (const line of (await stdoutOf('pdfinfo', [...range, file])).split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return fields;
}

/** `pdfinfo -meta`: the XMP metadata stream as text. */
export function pdfinfoMetadata(file: string): Promise<string> {
  return stdoutOf('pdfinfo', ['-meta', file]);
}

/** `pdfinfo -struct-text`: the structure tree, one element per line, indented, with its text. */
export function pdfinfoStructure(file: string): Promise<string> {
  return stdoutOf('pdfinfo', ['-struct-text', file]);
}

export interface PdfFontRow {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** `pdffonts file`, one row per font (columns cut where the header's dashes say); optionally only some pages. */
export async function pdffonts(file: string, options: { firstPage?: number; lastPage?: number } = {}): Promise<PdfFontRow[]> {
  const range = [
    ...(options.firstPage === undefined ? [] : ['-f', String(options.firstPage)]),
    ...(options.lastPage === undefined ? [] : ['-l', String(options.lastPage)]),
  ];
  const lines = (await stdoutOf('pdffonts', [...range, file])).split('\n');
  const dashes = lines[1] ?? '';
  const columns: Array<[number, number]> = [];
  for (const match of dashes.matchAll(/-+/g)) columns.push([match.index, match.index + match[0].length]);
  return lines
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cell = (index: number): string => {
        const [start, end] = columns[index] ?? [0, 0];
        return line.slice(start, end + 1).trim();
      };
      return {
        name: cell(0),
        type: cell(1),
        encoding: cell(2),
        embedded: cell(3) === 'yes',
        subset: cell(4) === 'yes',
        unicode: cell(5) === 'yes',
      };
    });
}

export interface TextOptions {
  firstPage?: number;
  lastPage?: number;
  /** Only the text inside this rectangle (points from the top-left corner of the page). */
  crop?: { x: number; y: number; width: number; height: number };
  /** Keep the physical layout (`-layout`). */
  layout?: boolean;
}

/** `pdftotext file -`: the text, pages separated by form feeds. */
export function pdftotext(file: string, options: TextOptions = {}): Promise<string> {
  const args = [
    ...(options.firstPage === undefined ? [] : ['-f', String(options.firstPage)]),
    ...(options.lastPage === undefined ? [] : ['-l', String(options.lastPage)]),
    ...(options.crop ? cropArguments(options.crop) : []),
    ...(options.layout ? ['-layout'] : []),
    '-enc',
    'UTF-8',
    file,
    '-',
  ];
  return stdoutOf('pdftotext', args);
}

function cropArguments(crop: NonNullable<TextOptions['crop']>): string[] {
  const whole = (value: number): string => String(Math.round(value));
  return ['-x', whole(crop.x), '-y', whole(crop.y), '-W', whole(crop.width), '-H', whole(crop.height)];
}

/** `qpdf --check file`: exit code 0 = clean, 2 = errors, 3 = warnings only. */
export function qpdfCheck(file: string): Promise<ToolRun> {
  return runTool('qpdf', ['--check', file]);
}

/** A temporary folder for the PDFs a test file writes (the tools read files, not bytes). */
export class PdfScratch {
  private constructor(readonly dir: string) {}

  static async create(): Promise<PdfScratch> {
    return new PdfScratch(await mkdtemp(join(tmpdir(), 'colophon-pdf-test-')));
  }

  /** Writes `bytes` as `name` and returns its path. */
  async write(name: string, bytes: Uint8Array): Promise<string> {
    const path = join(this.dir, name);
    await writeFile(path, bytes);
    return path;
  }

  async remove(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
