import { PDFDocument as DecryptingDocument } from '@cantoo/pdf-lib';
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { ColophonError } from '../../errors.js';

/** What the audit knows of a file's encryption (ISO 32000-1, 7.6): read from its /Encrypt dictionary before decrypting. */
export interface EncryptionFacts {
  /** The /P permission flags, if present. */
  permissions?: number;
  filter?: string;
}

export interface OpenedPdf {
  pdf: PDFDocument;
  encryption?: EncryptionFacts;
  /** What the parser said while it read the file (invalid objects skipped, refs repaired…), kept off stderr. */
  parserMessages: string[];
}

/**
 * Reads a PDF for the audit, whatever its shape: classic or stream cross-reference tables, object streams,
 * incremental updates, linearized files, and broken cross-reference tables (pdf-lib reads objects in file
 * order and does not trust the offsets). An encrypted file is opened with the empty user password (the
 * usual case: permissions only) by @cantoo/pdf-lib, the maintained fork of pdf-lib that decrypts, and
 * re-read decrypted; a file that needs a password is an `INPUT_ENCRYPTED` error. Only encrypted files pay
 * for a second parse. The parsers' console.warn messages are collected instead of reaching stderr.
 */
export async function openPdf(bytes: Uint8Array, origin: string): Promise<OpenedPdf> {
  const parserMessages: string[] = [];
  const load = (input: Uint8Array): Promise<PDFDocument> =>
    quietly(parserMessages, () => PDFDocument.load(input, { updateMetadata: false, throwOnInvalidObject: false, ignoreEncryption: true }));
  const pdf = await readable(() => load(bytes), origin);
  if (!pdf.isEncrypted) return { pdf, parserMessages };
  const encryption = encryptionFacts(pdf);
  let decrypted: Uint8Array;
  try {
    decrypted = await quietly(parserMessages, async () => {
      const opened = await DecryptingDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false, password: '' });
      return opened.save({ useObjectStreams: false, updateFieldAppearances: false });
    });
  } catch (cause) {
    throw new ColophonError('INPUT_ENCRYPTED', `${origin} is encrypted with a password: it cannot be audited without it.`, {
      hint: 'Audit a copy without the password (`qpdf --decrypt --password=… in.pdf out.pdf`), or ask its author for an accessible copy.',
      cause,
    });
  }
  // The decrypted copy keeps the original cross-reference streams, whose /Encrypt pdf-lib would believe.
  return { pdf: await readable(() => load(decrypted), origin), encryption, parserMessages };
}

/** The loaded document, checked to have a page tree (garbage, or a file cut short before its catalog, has none). */
async function readable(loading: () => Promise<PDFDocument>, origin: string): Promise<PDFDocument> {
  try {
    const pdf = await loading();
    // An encrypted file's objects cannot be read before it is decrypted.
    if (!pdf.isEncrypted) pdf.getPageCount();
    return pdf;
  } catch (cause) {
    throw new ColophonError('INPUT_UNREADABLE', `${origin} could not be read as a PDF (${firstLine(cause)}).`, {
      hint: 'Check that the file is a complete PDF: `qpdf --check` names what is wrong, and `qpdf in.pdf out.pdf` often repairs it.',
      cause,
    });
  }
}

function encryptionFacts(pdf: PDFDocument): EncryptionFacts {
  const dict = pdf.context.lookup(pdf.context.trailerInfo.Encrypt);
  const facts: EncryptionFacts = {};
  if (!(dict instanceof PDFDict)) return facts;
  const permissions = dict.get(PDFName.of('P'));
  if (permissions instanceof PDFNumber) facts.permissions = permissions.asNumber();
  const filter = dict.get(PDFName.of('Filter'));
  if (filter instanceof PDFName) facts.filter = filter.decodeText();
  return facts;
}

/** The collectors of the parses running now (files are audited at once): console is swapped while there is one. */
const collectors = new Set<string[]>();
let original: Pick<Console, 'warn' | 'log'> | undefined;

/**
 * Runs `work` with console.warn and console.log collected into `messages` (pdf-lib and its fork report
 * invalid objects there). The parse yields only to microtasks, so little else can log meanwhile; what does
 * is kept in `messages` too, not lost. Overlapping calls share one swap, undone when the last one ends.
 */
async function quietly<T>(messages: string[], work: () => Promise<T>): Promise<T> {
  if (collectors.size === 0) {
    original = { warn: console.warn, log: console.log };
    const collect = (...parts: unknown[]): void => {
      for (const collector of collectors) collector.push(parts.map(String).join(' '));
    };
    console.warn = collect;
    console.log = collect;
  }
  collectors.add(messages);
  try {
    return await work();
  } finally {
    collectors.delete(messages);
    if (collectors.size === 0 && original) {
      console.warn = original.warn;
      console.log = original.log;
      original = undefined;
    }
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
