import { readFile, stat } from 'node:fs/promises';
import { ColophonError } from '../errors.js';
import type { IngestWarning } from '../model/document.js';

/** Largest article file Colophon reads (a book-length article is a few MB). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: IngestWarning[];
}

/** Reads a text input, refusing what is missing, empty, huge or binary, and decodes it. */
export async function readInputFile(path: string): Promise<DecodedText> {
  const bytes = await readBytes(path);
  if (bytes.length === 0 || isBlank(bytes)) {
    throw new ColophonError('INPUT_EMPTY', `${path} is empty.`, { hint: 'Give Colophon a file that holds the article text.' });
  }
  return decodeText(bytes, path);
}

async function readBytes(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new ColophonError('INPUT_UNSUPPORTED', `${path} is a folder, not a file.`, {
        hint: 'Pass the article file, or a folder holding article.yaml.',
      });
    }
    size = info.size;
  } catch (cause) {
    if (cause instanceof ColophonError) throw cause;
    throw notFound(path, cause);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new ColophonError('INPUT_TOO_LARGE', `${path} is ${(size / 1048576).toFixed(1)} MB; Colophon reads at most ${MAX_INPUT_BYTES / 1048576} MB.`, {
      hint: 'Split the text into several articles, or check that this is the right file.',
    });
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    throw new ColophonError('INPUT_UNREADABLE', `${path} could not be read.`, { hint: 'Check the file permissions.', cause });
  }
}

function notFound(path: string, cause: unknown): ColophonError {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new ColophonError('INPUT_UNREADABLE', `${path} cannot be read (permission denied).`, { hint: 'Check the file permissions.', cause });
  }
  return new ColophonError('INPUT_NOT_FOUND', `${path} does not exist.`, { hint: 'Check the path; it is relative to the current folder.', cause });
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0xef || byte === 0xbb || byte === 0xbf);
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (a superset of ISO-8859-1 for text) with a warning. */
export function decodeText(bytes: Uint8Array, origin: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  if (looksBinary(bytes)) {
    throw new ColophonError('INPUT_BINARY', `${origin} is not a text file.`, {
      hint: 'Colophon reads plain text, Markdown and HTML. Export the article as one of those.',
    });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8', warnings: [] };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      text,
      encoding: 'windows-1252',
      warnings: [{ code: 'ENCODING_GUESSED', message: `${origin} is not valid UTF-8; read as Windows-1252 (Latin-1). Check the accents in the output.` }],
    };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return control > head.length / 100;
}
