import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditPdf } from '../../src/audit/pdf/audit-pdf.js';
import { readPdfFacts } from '../../src/audit/pdf/read-pdf-facts.js';
import { ColophonError } from '../../src/errors.js';
import { runTool } from '../support/poppler.js';
import { samplePdf } from './support/sample-pdf.js';

/**
 * Real-world PDFs are read, not refused: every shape below is made from Colophon's own sample PDF (which is
 * clean), so each must read as clean, or fail with a precise error. qpdf makes the object streams,
 * linearization and encryption; the incremental update and the broken cross-reference table are written here.
 */
let work: string;
let sample: Uint8Array;

async function qpdf(name: string, args: readonly string[]): Promise<Uint8Array> {
  const output = join(work, name);
  const run = await runTool('qpdf', [...args, join(work, 'sample.pdf'), output].filter((arg) => arg !== '--'));
  if (run.exitCode !== 0 && run.exitCode !== 3) throw new Error(`qpdf failed: ${run.stderr}`);
  return readFile(output);
}

/** qpdf options come before the input; `--encrypt … --` ends its own list, so the input goes after it. */
async function qpdfEncrypt(name: string, encrypt: readonly string[]): Promise<Uint8Array> {
  const output = join(work, name);
  const run = await runTool('qpdf', ['--allow-weak-crypto', '--encrypt', ...encrypt, '--', join(work, 'sample.pdf'), output]);
  if (run.exitCode !== 0 && run.exitCode !== 3) throw new Error(`qpdf failed: ${run.stderr}`);
  return readFile(output);
}

/** The sample with an incremental update appended that rewrites its catalog (as an editor saving changes does). */
async function incrementalUpdate(bytes: Uint8Array, change: (pdf: PDFDocument) => void): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  change(pdf);
  const root = pdf.context.trailerInfo.Root as PDFRef;
  const text = new TextDecoder('latin1').decode(bytes);
  const previousXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const size = Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))?.[1]);
  const objectAt = bytes.length + 1;
  const object = `\n${root.objectNumber} 0 obj\n${pdf.catalog.toString()}\nendobj\n`;
  const xrefAt = bytes.length + object.length;
  const update =
    `${object}xref\n0 1\n0000000000 65535 f \n${root.objectNumber} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${size} /Root ${root.toString()} /Prev ${previousXref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([bytes, Buffer.from(update, 'latin1')]);
}

/** The sample with every offset of its cross-reference table wrong (a file edited by hand, or transferred as text). */
function brokenXref(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const at = text.lastIndexOf('\nxref');
  const table = text.slice(at).replace(/(\d{10})( \d{5} n)/g, (_, offset: string, rest: string) => `${String(Number(offset) + 1000).padStart(10, '0')}${rest}`);
  return Buffer.from(text.slice(0, at) + table, 'latin1');
}

async function ruleIds(bytes: Uint8Array): Promise<string[]> {
  return (await auditPdf(bytes, { file: 'variant.pdf' })).map((finding) => finding.ruleId);
}

async function readError(bytes: Uint8Array): Promise<ColophonError> {
  const error = await readPdfFacts(bytes, 'bad.pdf').then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ColophonError);
  return error as ColophonError;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'colophon-pdf-reading-'));
  sample = await samplePdf();
  await writeFile(join(work, 'sample.pdf'), sample);
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('reading real-world PDFs', () => {
  // Also the check that pdfua-7.21.7-t02 lets through codes shown inside /ActualText (Chromium's soft-hyphen glyphs map
  // to U+0000 there): with unicode-values.ts reading `codesShown` instead of `codesRead`, this fails.
  it('Colophon’s own sample PDF is clean (the baseline every variant is held to)', async () => {
    expect(await ruleIds(sample)).toEqual([]);
  });

  it('reads object streams and cross-reference streams', async () => {
    const bytes = await qpdf('objstm.pdf', ['--object-streams=generate']);
    expect(Buffer.from(bytes).includes('/ObjStm')).toBe(true);
    expect(await ruleIds(bytes)).toEqual([]);
  });

  it('reads a linearized file', async () => {
    const bytes = await qpdf('linearized.pdf', ['--linearize']);
    expect(Buffer.from(bytes).subarray(0, 1200).includes('/Linearized')).toBe(true);
    expect(await ruleIds(bytes)).toEqual([]);
  });

  it('reads incremental updates, the last revision winning', async () => {
    const same = await incrementalUpdate(sample, () => undefined);
    expect((await runTool('qpdf', ['--check', await scratch('update.pdf', same)])).exitCode).toBe(0);
    expect(await ruleIds(same)).toEqual([]);
    // The update drops DisplayDocTitle: only a reader that applies the update sees it gone.
    const changed = await incrementalUpdate(sample, (pdf) => pdf.catalog.delete(PDFName.of('ViewerPreferences')));
    expect(await ruleIds(changed)).toEqual(['pdfua-7.1-t10']);
  });

  it('reads a file whose cross-reference offsets are all wrong', async () => {
    const bytes = brokenXref(sample);
    const check = await runTool('qpdf', ['--check', await scratch('broken-xref.pdf', bytes)]);
    expect(check.stderr + check.stdout).toMatch(/file is damaged/);
    expect(await ruleIds(bytes)).toEqual([]);
  });

  // Fails without the decryption in open-pdf.ts (@cantoo/pdf-lib's load with the empty password): INPUT_ENCRYPTED.
  it('decrypts and audits a file encrypted with an empty user password (AES-256 and RC4-128)', async () => {
    const aes = await qpdfEncrypt('aes.pdf', ['', 'owner', '256']);
    const facts = await readPdfFacts(aes, 'aes.pdf');
    expect(facts.encryption).toBeDefined();
    expect(facts.structure.length).toBeGreaterThan(10);
    expect(await ruleIds(aes)).toEqual([]);
    const rc4 = await qpdfEncrypt('rc4.pdf', ['', 'owner', '128', '--accessibility=n']);
    expect(((await readPdfFacts(rc4, 'rc4.pdf')).encryption?.permissions ?? 0) & 512).toBe(0);
  });

  it('a file that needs a password is INPUT_ENCRYPTED, saying it cannot be audited without it', async () => {
    const error = await readError(await qpdfEncrypt('locked.pdf', ['secret', 'owner', '256']));
    expect(error.code).toBe('INPUT_ENCRYPTED');
    expect(error.message).toMatch(/cannot be audited without/);
  });

  it('garbage and a truncated PDF are INPUT_UNREADABLE with the parser’s reason', async () => {
    const garbage = await readError(new Uint8Array(4096).map((_, index) => (index * 7919) % 251));
    expect(garbage.code).toBe('INPUT_UNREADABLE');
    const truncated = await readError(sample.subarray(0, Math.floor(sample.length / 2)));
    expect(truncated.code).toBe('INPUT_UNREADABLE');
    expect(truncated.message).toMatch(/could not be read as a PDF \(.+\)/);
  });

  it('keeps the parser’s messages about invalid objects off the console (open-pdf.ts `quietly`: without it, console.warn is called)', async () => {
    const text = Buffer.from(sample).toString('latin1');
    const at = text.indexOf('\n2 0 obj');
    const invalid = Buffer.from(`${text.slice(0, at)}\n999 0 obj\n<< /Broken ] >>\nendobj${text.slice(at)}`, 'latin1');
    const warn = vi.spyOn(console, 'warn');
    const log = vi.spyOn(console, 'log');
    try {
      const facts = await readPdfFacts(invalid, 'invalid.pdf');
      expect(facts.parserMessages.join('\n')).toMatch(/invalid object/i);
      expect(warn).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
      // …and puts console back as it found it.
      expect(console.warn).toBe(warn);
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });
});

async function scratch(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(work, name);
  await writeFile(path, bytes);
  return path;
}
