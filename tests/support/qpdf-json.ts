import { writeFile } from 'node:fs/promises';
import { runTool } from './poppler.js';

/**
 * A PDF's objects as qpdf reads them (`qpdf --json --json-stream-data=inline`, JSON v2), for checks that must
 * not share a parser with Colophon (no pdf-lib, nothing from src/). Values keep qpdf's encoding: a reference
 * is the string "12 0 R", a name "/Name", a string "u:text" (or "b:hex"), a dictionary an object with "/Key"
 * keys; stream data is decoded where qpdf can (Flate and the like), base64 in the JSON.
 */
export type PdfValue = null | boolean | number | string | PdfValue[] | { [key: string]: PdfValue };
export type PdfDict = { [key: string]: PdfValue };

export interface QpdfObject {
  value?: PdfValue;
  stream?: { dict: PdfDict; data?: string };
}

export interface PdfPage {
  /** The page object's reference, "2 0 R": what structure elements' /Pg point at. */
  ref: string;
  dict: PdfDict;
  /** /Resources, inherited from the page tree when the page has none. */
  resources: PdfDict;
}

export class QpdfDocument {
  private constructor(
    private readonly objects: ReadonlyMap<string, QpdfObject>,
    readonly trailer: PdfDict,
  ) {}

  static async read(file: string): Promise<QpdfDocument> {
    const run = await runTool('qpdf', ['--json=2', '--json-stream-data=inline', '--decode-level=generalized', file]);
    // qpdf exits 3 for warnings (a damaged file it repaired): the JSON is still complete.
    if (run.exitCode !== 0 && run.exitCode !== 3) throw new Error(`qpdf --json ${file} exited with ${run.exitCode}: ${run.stderr}`);
    const [, body] = (JSON.parse(run.stdout) as { qpdf: [unknown, Record<string, QpdfObject>] }).qpdf;
    const objects = new Map<string, QpdfObject>();
    for (const [key, object] of Object.entries(body)) if (key.startsWith('obj:')) objects.set(key.slice(4), object);
    return new QpdfDocument(objects, body['trailer']?.value as PdfDict);
  }

  /** An indirect object as qpdf's JSON has it (`{ value }` or `{ stream: { dict, data } }`), to patch a copy. */
  object(ref: string): QpdfObject | undefined {
    const object = this.objects.get(ref);
    return object === undefined ? undefined : (structuredClone(object) as QpdfObject);
  }

  /** The references of every object whose value (or stream dictionary) passes `test`. */
  find(test: (dict: PdfDict) => boolean): string[] {
    const found: string[] = [];
    for (const [ref, object] of this.objects) {
      const dict = object.stream?.dict ?? object.value;
      if (dict !== null && typeof dict === 'object' && !Array.isArray(dict) && test(dict)) found.push(ref);
    }
    return found;
  }

  /** Follows a reference (and only a reference) to its value; a stream resolves to its dictionary. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    if (typeof value !== 'string' || !isRef(value)) return value;
    const object = this.objects.get(value);
    return object?.stream ? object.stream.dict : object?.value;
  }

  dict(value: PdfValue | undefined): PdfDict | undefined {
    const resolved = this.resolve(value);
    return resolved !== null && typeof resolved === 'object' && !Array.isArray(resolved) ? resolved : undefined;
  }

  array(value: PdfValue | undefined): PdfValue[] {
    const resolved = this.resolve(value);
    if (resolved === undefined || resolved === null) return [];
    return Array.isArray(resolved) ? resolved : [resolved];
  }

  /** A stream's decoded bytes (a reference to a stream object), or undefined. */
  streamData(ref: PdfValue | undefined): Uint8Array | undefined {
    if (typeof ref !== 'string') return undefined;
    const data = this.objects.get(ref)?.stream?.data;
    return data === undefined ? undefined : Buffer.from(data, 'base64');
  }

  get catalog(): PdfDict {
    return this.dict(this.trailer['/Root']) ?? {};
  }

  /** The pages in order, walking /Pages /Kids, resources inherited. */
  pages(): PdfPage[] {
    const pages: PdfPage[] = [];
    const walk = (ref: PdfValue, inherited: PdfDict): void => {
      const node = this.dict(ref);
      if (!node || typeof ref !== 'string') return;
      const resources = this.dict(node['/Resources']) ?? inherited;
      if (node['/Type'] === '/Pages') for (const kid of this.array(node['/Kids'])) walk(kid, resources);
      else pages.push({ ref, dict: node, resources });
    };
    walk(this.catalog['/Pages'] ?? null, {});
    return pages;
  }

  /** The references of a page's content streams (/Contents is one stream, or an array of them). */
  contentRefs(page: PdfPage): string[] {
    const contents = page.dict['/Contents'];
    const list = isRef(contents) && this.objects.get(contents)?.stream ? [contents] : this.array(contents);
    return list.filter(isRef);
  }

  /** A page's content: its /Contents streams, joined as the standard says (a stream boundary is whitespace). */
  pageContent(page: PdfPage): Uint8Array {
    const parts = this.contentRefs(page).map((ref) => this.streamData(ref) ?? new Uint8Array());
    return Buffer.concat(parts.flatMap((part) => [part, Buffer.from('\n')]));
  }
}

export function isRef(value: PdfValue | undefined): value is string {
  return typeof value === 'string' && /^\d+ \d+ R$/.test(value);
}

/** A PDF string value as text: "u:…" as is; "b:…" hex, UTF-16BE with its BOM or else PDFDocEncoding (read as Latin-1). */
export function textOf(value: PdfValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value.startsWith('u:')) return value.slice(2);
  if (!value.startsWith('b:')) return undefined;
  const bytes = Buffer.from(value.slice(2), 'hex');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return bytes.toString('latin1');
}

/**
 * Writes a copy of `input` with some objects replaced (`qpdf --update-from-json`): how the judge's tests make
 * a PDF that breaks exactly one rule. A stream given with `data` (base64, uncompressed) replaces its bytes.
 */
export async function patchPdf(input: string, output: string, objects: Record<string, QpdfObject>, scratchJson: string): Promise<void> {
  const body = Object.fromEntries(Object.entries(objects).map(([ref, object]) => [`obj:${ref}`, object]));
  await writeFile(scratchJson, JSON.stringify({ qpdf: [{ jsonversion: 2, pushedinheritedpageresources: false, calledgetallpages: false, maxobjectid: 0 }, body] }));
  const run = await runTool('qpdf', [input, output, `--update-from-json=${scratchJson}`]);
  if (run.exitCode !== 0 && run.exitCode !== 3) throw new Error(`qpdf --update-from-json exited with ${run.exitCode}: ${run.stderr}`);
}
